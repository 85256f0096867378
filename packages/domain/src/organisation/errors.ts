/** What can go wrong with organisations; the API maps each code to a status in one place. */
export const OrganisationErrorCode = {
  NOT_FOUND: 'ORGANISATION_NOT_FOUND',
  NAME_TAKEN: 'ORGANISATION_NAME_TAKEN',
} as const;
export type OrganisationErrorCode = (typeof OrganisationErrorCode)[keyof typeof OrganisationErrorCode];

export class OrganisationError extends Error {
  constructor(
    readonly code: OrganisationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OrganisationError';
  }
}
