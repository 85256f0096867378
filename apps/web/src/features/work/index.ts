export { WorkList } from './components/WorkList';
export { EntryPoints } from './components/EntryPoints';
export { myWorkQueryOptions } from './api/work-query';
