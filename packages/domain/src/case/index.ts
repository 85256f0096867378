export * from './schema.js';
export * from './errors.js';
export * from './operations.js';
export * from './manager-view.js';
