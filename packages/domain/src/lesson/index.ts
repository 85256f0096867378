export * from './schema.js';
export * from './operations.js';
export * from './rules.js';
export * from './group-schema.js';
export * from './group-operations.js';
