export const GuidelineErrorCode = {
  NOT_FOUND: 'GUIDELINE_NOT_FOUND',
  NOT_A_CONCEPT: 'GUIDELINE_NOT_A_CONCEPT',
  IDENTIFIER_FOUND: 'GUIDELINE_IDENTIFIER_FOUND',
  LESSON_NOT_FOUND: 'GUIDELINE_LESSON_NOT_FOUND',
} as const;
export type GuidelineErrorCode = (typeof GuidelineErrorCode)[keyof typeof GuidelineErrorCode];

export class GuidelineError extends Error {
  constructor(
    readonly code: GuidelineErrorCode,
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
    this.name = 'GuidelineError';
  }
}
