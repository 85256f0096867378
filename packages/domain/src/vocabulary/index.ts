export * from './label.js';
export * from './organisation-types.js';
export * from './positive-health.js';
export * from './life-domains.js';
export * from './legal-frameworks.js';
export * from './transformations.js';
