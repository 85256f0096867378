export * from './schema.js';
export * from './rules.js';
export * from './finding-place.js';
