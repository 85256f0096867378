import type { RuleViolation } from '../common/violation.js';

export const GalaPlanErrorCode = {
  NOT_FOUND: 'GALA_PLAN_NOT_FOUND',
  RULE_VIOLATED: 'GALA_PLAN_RULE_VIOLATED',
  NOT_IN_REGION: 'GALA_PLAN_NOT_IN_REGION',
  ORGANISATION_NOT_FOUND: 'GALA_PLAN_ORGANISATION_NOT_FOUND',
  STALE_REVISION: 'GALA_PLAN_STALE_REVISION',
  PLAN_EXISTS: 'GALA_PLAN_EXISTS',
  PRECONDITION_REQUIRED: 'GALA_PLAN_PRECONDITION_REQUIRED',
  TAXONOMY_ITEM_NOT_FOUND: 'GALA_TAXONOMY_ITEM_NOT_FOUND',
  TAXONOMY_CODE_TAKEN: 'GALA_TAXONOMY_CODE_TAKEN',
} as const;
export type GalaPlanErrorCode = (typeof GalaPlanErrorCode)[keyof typeof GalaPlanErrorCode];

/** A plan refused. Broken rules travel as violations (422); a stale revision carries the current plan (412). */
export class GalaPlanError extends Error {
  constructor(
    readonly code: GalaPlanErrorCode,
    message: string,
    readonly violations: readonly RuleViolation[] = [],
    readonly current?: { revision: number; body: unknown },
  ) {
    super(message);
    this.name = 'GalaPlanError';
  }
}
