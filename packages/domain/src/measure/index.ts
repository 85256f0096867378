export * from './run-chart.js';
