export * from './PageLayout/index.js';
export * from './SkipLink/index.js';
export * from './SiteNav/index.js';
export * from './LanguageSwitch/index.js';
export * from './StatList/index.js';
export * from './ProblemAlert/index.js';
export * from './LoadingState/index.js';
export * from './Form/index.js';
export * from './DataTable/index.js';
// The Utrecht building blocks the apps compose pages from, so they depend on one design-system entry point.
export * from './utrecht/index.js';
