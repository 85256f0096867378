import type { InvalidParam } from '../problem/schema.js';

/**
 * One broken rule of a record: the field by its path inside the record (`budget.3.spentCents`), a machine-readable code
 * and a message a person can act on. The API answers a list of them as 422 with `invalidParams`; nothing is stored.
 */
export interface RuleViolation<Code extends string = string> {
  readonly path: string;
  readonly code: Code;
  readonly message: string;
  /** For an identifier found by the privacy guard: its kind and where it sits in the text (no text is repeated). */
  readonly kind?: string;
  readonly start?: number;
  readonly end?: number;
}

/** The violations as the `invalidParams` of a problem, named below `location` (`body.budget.3.spentCents`). */
export function violationsToInvalidParams({
  violations,
  location = 'body',
}: {
  violations: readonly RuleViolation[];
  location?: string;
}): InvalidParam[] {
  return violations.map(({ path, code, message, kind, start, end }) => ({
    name: path === '' ? location : `${location}.${path}`,
    reason: message,
    code,
    ...(kind === undefined ? {} : { kind }),
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
  }));
}
