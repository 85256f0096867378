export { OverviewFigures } from './components/OverviewFigures';
export { overviewQueryOptions } from './api/overview-query';
