export * from './schema.js';
export * from './calendar.js';
export * from './gala-calendar.js';
export * from './sheets.js';
export * from './digest.js';
export * from './workbook.js';
export * from './operations.js';
export * from './errors.js';
