export * from './schema.js';
export * from './operations.js';
export * from './rules.js';
