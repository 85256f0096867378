export * from './StatList.js';
