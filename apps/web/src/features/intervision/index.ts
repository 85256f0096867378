export { SessionPage } from './components/SessionPage';
export { SessionsPage } from './components/SessionsPage';
export { PlanSessionPage } from './components/PlanSessionPage';
export { intervisionSessionsQueryOptions } from './api/sessions-query';
