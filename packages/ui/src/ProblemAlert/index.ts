export * from './ProblemAlert.js';
