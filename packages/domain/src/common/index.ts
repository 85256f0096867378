export * from './schema.js';
export * from './validation-messages.js';
