export * from './taxonomy.js';
export * from './schema.js';
export * from './milestones.js';
export * from './rules.js';
export * from './errors.js';
export * from './dashboard.js';
export * from './spreadsheet.js';
export * from './operations.js';
