export const InsightErrorCode = {
  DIFFERENCING: 'INSIGHT_DIFFERENCING',
} as const;
export type InsightErrorCode = (typeof InsightErrorCode)[keyof typeof InsightErrorCode];

/** An insight refused; `invalidParams` names the filters that would single out a few records. */
export class InsightError extends Error {
  constructor(
    readonly code: InsightErrorCode,
    message: string,
    readonly invalidParams: { name: string; reason: string; code?: string }[] = [],
  ) {
    super(message);
    this.name = 'InsightError';
  }
}
