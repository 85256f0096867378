export const GuidelineErrorCode = {
  NOT_FOUND: 'GUIDELINE_NOT_FOUND',
  NOT_A_CONCEPT: 'GUIDELINE_NOT_A_CONCEPT',
} as const;
export type GuidelineErrorCode = (typeof GuidelineErrorCode)[keyof typeof GuidelineErrorCode];

export class GuidelineError extends Error {
  constructor(
    readonly code: GuidelineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GuidelineError';
  }
}
