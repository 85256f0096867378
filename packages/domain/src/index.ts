export * from './api/index.js';
export * from './access/index.js';
export * from './auth/index.js';
export * from './person/index.js';
export * from './membership/index.js';
export * from './access-log/index.js';
export * from './common/index.js';
export * from './vocabulary/index.js';
export * from './problem/index.js';
export * from './pagination/index.js';
export * from './glossary/index.js';
export * from './health/index.js';
export * from './openapi/index.js';
export * from './overview/index.js';
export * from './organisation/index.js';
export * from './region/index.js';
export * from './building-team/index.js';
export * from './learning-group/index.js';
export * from './intervision/index.js';
export * from './registration-guideline/index.js';
export * from './privacy/index.js';
export * from './case/index.js';
export * from './lesson/index.js';
export * from './insight/index.js';
export * from './system-obstacle/index.js';
export * from './operations.js';

/** The API's version (semver), published in `info.version` and the `API-Version` header. */
export const apiVersion = '1.0.0';
