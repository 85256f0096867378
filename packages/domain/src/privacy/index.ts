export * from './schema.js';
export * from './rules.js';
