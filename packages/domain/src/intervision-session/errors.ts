export const IntervisionErrorCode = {
  METHOD_NOT_FOUND: 'INTERVISION_METHOD_NOT_FOUND',
  METHOD_CODE_TAKEN: 'INTERVISION_METHOD_CODE_TAKEN',
  SESSION_NOT_FOUND: 'INTERVISION_SESSION_NOT_FOUND',
  ACTION_NOT_FOUND: 'INTERVISION_ACTION_NOT_FOUND',
  BUILDING_TEAM_NOT_FOUND: 'INTERVISION_BUILDING_TEAM_NOT_FOUND',
  LEARNING_GROUP_NOT_FOUND: 'INTERVISION_LEARNING_GROUP_NOT_FOUND',
  /** The caller's role in the session does not allow it (only the facilitator commands, the inbrenger listens…). */
  SESSION_ROLE: 'INTERVISION_SESSION_ROLE',
  /** The session is not in a state that allows it (not running, no next phase, already revealed…). */
  SESSION_STATE: 'INTERVISION_SESSION_STATE',
  IDENTIFIER_FOUND: 'INTERVISION_IDENTIFIER_FOUND',
  INVALID_REFERENCE: 'INTERVISION_INVALID_REFERENCE',
} as const;
export type IntervisionErrorCode = (typeof IntervisionErrorCode)[keyof typeof IntervisionErrorCode];

/** An intervision request refused; `invalidParams` names the field and why (the refusal reason, or the identifier found). */
export class IntervisionError extends Error {
  constructor(
    readonly code: IntervisionErrorCode,
    message: string,
    readonly invalidParams: {
      name: string;
      reason: string;
      code?: string;
      kind?: string;
      start?: number;
      end?: number;
    }[] = [],
  ) {
    super(message);
    this.name = 'IntervisionError';
  }
}
