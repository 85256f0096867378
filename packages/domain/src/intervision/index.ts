export * from './schema.js';
export * from './methods.js';
export * from './rules.js';
