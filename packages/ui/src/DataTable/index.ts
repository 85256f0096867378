export * from './DataTable.js';
