export const MembershipErrorCode = {
  NOT_FOUND: 'MEMBERSHIP_NOT_FOUND',
  PERSON_NOT_FOUND: 'MEMBERSHIP_PERSON_NOT_FOUND',
  CONTEXT_NOT_FOUND: 'MEMBERSHIP_CONTEXT_NOT_FOUND',
  DUPLICATE: 'MEMBERSHIP_DUPLICATE',
  SELF_GRANT: 'MEMBERSHIP_SELF_GRANT',
  OWN_DECISION: 'MEMBERSHIP_OWN_DECISION',
  NOT_PENDING: 'MEMBERSHIP_NOT_PENDING',
} as const;
export type MembershipErrorCode = (typeof MembershipErrorCode)[keyof typeof MembershipErrorCode];

export class MembershipError extends Error {
  constructor(
    readonly code: MembershipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MembershipError';
  }
}
