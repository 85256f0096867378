export * from './csv.js';
export * from './spreadsheet.js';
