export const AgreementErrorCode = {
  NOT_FOUND: 'AGREEMENT_NOT_FOUND',
  VERSION_NOT_FOUND: 'AGREEMENT_VERSION_NOT_FOUND',
  STALE_REVISION: 'AGREEMENT_STALE_REVISION',
  NOT_A_CONCEPT: 'AGREEMENT_NOT_A_CONCEPT',
  INVALID_TRANSITION: 'AGREEMENT_INVALID_TRANSITION',
  CONCEPT_EXISTS: 'AGREEMENT_CONCEPT_EXISTS',
  ROUND_CLOSED: 'AGREEMENT_ROUND_CLOSED',
  ROUND_OPEN: 'AGREEMENT_ROUND_OPEN',
  NOT_DECIDED: 'AGREEMENT_NOT_DECIDED',
  NOT_A_PARTNER: 'AGREEMENT_NOT_A_PARTNER',
  IDENTIFIER_FOUND: 'AGREEMENT_IDENTIFIER_FOUND',
  LESSON_NOT_FOUND: 'AGREEMENT_LESSON_NOT_FOUND',
  ITERATION_NOT_FOUND: 'AGREEMENT_ITERATION_NOT_FOUND',
  ITERATION_NOT_ADAPT: 'AGREEMENT_ITERATION_NOT_ADAPT',
  LESSON_NOT_FOR_AGREEMENT: 'AGREEMENT_LESSON_NOT_FOR_AGREEMENT',
  CLAUSE_NOT_FOUND: 'AGREEMENT_CLAUSE_NOT_FOUND',
  PRECONDITION_REQUIRED: 'AGREEMENT_PRECONDITION_REQUIRED',
  INVALID_DEADLINE: 'AGREEMENT_INVALID_DEADLINE',
} as const;
export type AgreementErrorCode = (typeof AgreementErrorCode)[keyof typeof AgreementErrorCode];

/** An agreement refused. A stale revision carries the current state, so the editor can show both texts. */
export class AgreementError extends Error {
  constructor(
    readonly code: AgreementErrorCode,
    message: string,
    readonly invalidParams: {
      name: string;
      reason: string;
      code?: string;
      kind?: string;
      start?: number;
      end?: number;
    }[] = [],
    readonly current?: { revision: number; body: unknown },
  ) {
    super(message);
    this.name = 'AgreementError';
  }
}
