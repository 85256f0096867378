export * from './schema.js';
export * from './rules.js';
export * from './operations.js';
export * from './disclosure.js';
