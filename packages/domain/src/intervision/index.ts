export * from './schema.js';
export * from './methods.js';
export * from './rules.js';
export * from './method-schema.js';
export * from './method-operations.js';
export * from '../intervision-session/index.js';
export * from './meeting.js';
