import type { InvalidParam } from '../problem/schema.js';

export const PasswordResetErrorCode = {
  LINK_INVALID: 'PASSWORD_RESET_LINK_INVALID',
  PERSON_INACTIVE: 'PASSWORD_RESET_PERSON_INACTIVE',
  MAIL_FAILED: 'PASSWORD_RESET_MAIL_FAILED',
} as const;
export type PasswordResetErrorCode = (typeof PasswordResetErrorCode)[keyof typeof PasswordResetErrorCode];

export class PasswordResetError extends Error {
  readonly invalidParams: InvalidParam[];
  constructor(
    readonly code: PasswordResetErrorCode,
    message: string,
    field?: string,
  ) {
    super(message);
    this.name = 'PasswordResetError';
    this.invalidParams = field ? [{ name: field, reason: message, code }] : [];
  }
}
