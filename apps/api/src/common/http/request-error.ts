import type { InvalidParam } from '@leerkring/domain';

/** Input that did not pass its operation's schema; answered 400 with each invalid field. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(readonly invalidParams: InvalidParam[]) {
    super('De invoer voldoet niet aan het schema.');
  }
}
