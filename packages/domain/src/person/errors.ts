export const PersonErrorCode = {
  NOT_FOUND: 'PERSON_NOT_FOUND',
  EMAIL_TAKEN: 'PERSON_EMAIL_TAKEN',
  ORGANISATION_NOT_FOUND: 'PERSON_ORGANISATION_NOT_FOUND',
  LAST_ADMIN: 'PERSON_LAST_ADMIN',
} as const;
export type PersonErrorCode = (typeof PersonErrorCode)[keyof typeof PersonErrorCode];

export class PersonError extends Error {
  constructor(
    readonly code: PersonErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PersonError';
  }
}
