export const AuthErrorCode = {
  INVALID_CREDENTIALS: 'AUTH_INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'AUTH_TOO_MANY_ATTEMPTS',
  TOO_MANY_STREAMS: 'AUTH_TOO_MANY_STREAMS',
  BUSY: 'AUTH_BUSY',
  NOT_SIGNED_IN: 'AUTH_NOT_SIGNED_IN',
  SESSION_EXPIRED: 'AUTH_SESSION_EXPIRED',
  CSRF_MISSING: 'AUTH_CSRF_MISSING',
  FORBIDDEN: 'AUTH_FORBIDDEN',
  TOKEN_NOT_FOUND: 'AUTH_TOKEN_NOT_FOUND',
  TOKEN_EXPIRED: 'AUTH_TOKEN_EXPIRED',
  TOKEN_READ_ONLY: 'AUTH_TOKEN_READ_ONLY',
  SESSION_REQUIRED: 'AUTH_SESSION_REQUIRED',
  SSO_DISABLED: 'AUTH_SSO_DISABLED',
  SSO_FAILED: 'AUTH_SSO_FAILED',
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    /** Seconds to wait, for TOO_MANY_ATTEMPTS, TOO_MANY_STREAMS and BUSY. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
