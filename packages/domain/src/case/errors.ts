export const CaseErrorCode = {
  NOT_FOUND: 'CASE_NOT_FOUND',
  FIELD_NOT_RECORDED: 'CASE_FIELD_NOT_RECORDED',
  FIELD_REQUIRED: 'CASE_FIELD_REQUIRED',
  IDENTIFIER_FOUND: 'CASE_IDENTIFIER_FOUND',
  NO_GUIDELINE: 'CASE_NO_GUIDELINE',
  ORGANISATION_NOT_FOUND: 'CASE_ORGANISATION_NOT_FOUND',
} as const;
export type CaseErrorCode = (typeof CaseErrorCode)[keyof typeof CaseErrorCode];

/** A case refused; `invalidParams` names each field and why (the clause of the guideline, or the identifier found). */
export class CaseError extends Error {
  constructor(
    readonly code: CaseErrorCode,
    message: string,
    readonly invalidParams: { name: string; reason: string; code?: string }[] = [],
  ) {
    super(message);
    this.name = 'CaseError';
  }
}
