export * from './rules.js';
export * from './schema.js';
export * from './errors.js';
export * from './operations.js';
export * from './consent-deadline.js';
