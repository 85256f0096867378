export { SessionPage } from './components/SessionPage';
export { SessionsPage, PlanSessionPage } from './components/SessionsPages';
export { intervisionSessionsQueryOptions } from './api/sessions-query';
