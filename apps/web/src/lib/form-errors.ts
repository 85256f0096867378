import type { InvalidParam } from '@leerkring/domain';
import { isApiProblem } from './api-client';

/**
 * The reasons of a refused form, per field of the form: `body.email` becomes `email`, `body.municipalityIds.2`
 * becomes `municipalityIds` (and a list's `query.search` becomes `search`). The first reason for a field wins.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isApiProblem(error)) return errors;
  for (const param of error.problem.invalidParams ?? []) {
    const field = param.name.replace(/^(body|query)\./, '').split('.')[0] ?? param.name;
    errors[field] ??= param.reason;
  }
  return errors;
}

/** The refused fields that a form has no field for, to list in its problem message instead. */
export function unplacedParams(error: unknown, fields: readonly string[]): InvalidParam[] {
  if (!isApiProblem(error)) return [];
  return (error.problem.invalidParams ?? []).filter(
    (param) => !fields.includes(param.name.replace(/^(body|query)\./, '').split('.')[0] ?? ''),
  );
}
