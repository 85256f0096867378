export * from './rules.js';
export * from './schema.js';
export * from './errors.js';
export * from './operations.js';
export * from './decision-signals.js';
