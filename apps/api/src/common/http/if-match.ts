import { AgreementError, AgreementErrorCode } from '@leerkring/domain';
import { InvalidInputError } from './request-error.js';

const requiredReason = 'Verplicht: de ETag die je las, bijvoorbeeld "3".';

/** An agreement version's refusal of a change without If-Match (428). */
const versionPreconditionRequired = () =>
  new AgreementError(
    AgreementErrorCode.PRECONDITION_REQUIRED,
    'Stuur If-Match met de ETag van de versie die je las, zodat niemand per ongeluk andermans werk overschrijft.',
    [{ name: 'header.If-Match', reason: requiredReason, code: 'required' }],
  );

/**
 * `"3"`, `W/"3"` or `3` → 3; absent is 428 (the precondition is required), thrown as the feature's own error made by
 * `required`; anything else invalid input.
 */
export function parseIfMatch(
  header: string | undefined,
  required: (reason: string) => Error = versionPreconditionRequired,
): number {
  if (header === undefined || header.trim() === '') throw required(requiredReason);
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header?.trim() ?? '');
  if (!match) {
    throw new InvalidInputError([
      {
        name: 'header.If-Match',
        reason: 'Stuur If-Match met de ETag van de versie die je las, bijvoorbeeld "3".',
        code: header ? 'invalid_format' : 'required',
      },
    ]);
  }
  return Number(match[1]);
}
