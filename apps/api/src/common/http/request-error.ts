import type { InvalidParam } from '@leerkring/domain';

/**
 * Input that did not pass its operation's schema; answered 400 with each invalid field. Well-formed text that breaks a
 * rule every text keeps (no control characters) is answered 422.
 */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    readonly invalidParams: InvalidParam[],
    readonly status: 400 | 422 = 400,
  ) {
    super(status === 422 ? 'De invoer bevat stuurtekens.' : 'De invoer voldoet niet aan het schema.');
  }
}
