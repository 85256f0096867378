export * from './PageLayout.js';
