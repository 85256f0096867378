export const IterationErrorCode = {
  NOT_FOUND: 'ITERATION_NOT_FOUND',
  INVALID_CHANGE: 'ITERATION_INVALID_CHANGE',
  CLOSED: 'ITERATION_CLOSED',
  INVALID_REFERENCE: 'ITERATION_INVALID_REFERENCE',
  IDENTIFIER_FOUND: 'ITERATION_IDENTIFIER_FOUND',
} as const;
export type IterationErrorCode = (typeof IterationErrorCode)[keyof typeof IterationErrorCode];

/** An iteration refused, with the fields and reasons. */
export class IterationError extends Error {
  constructor(
    readonly code: IterationErrorCode,
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
    this.name = 'IterationError';
  }
}
