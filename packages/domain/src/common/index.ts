export * from './schema.js';
export * from './validation-messages.js';
export * from './control-characters.js';
export * from './violation.js';
export * from './calendar.js';
export * from './search.js';
