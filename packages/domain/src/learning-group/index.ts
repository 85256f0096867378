export * from './schema.js';
export * from './rules.js';
export * from './errors.js';
export * from './operations.js';
