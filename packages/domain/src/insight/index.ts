export * from './schema.js';
export * from './rules.js';
export * from './operations.js';
export * from './disclosure.js';
export * from './errors.js';
export * from './export.js';
