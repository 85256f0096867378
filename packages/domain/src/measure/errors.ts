export const MeasureErrorCode = {
  NOT_FOUND: 'MEASURE_NOT_FOUND',
  POINT_NOT_FOUND: 'MEASURE_POINT_NOT_FOUND',
  INVALID_REFERENCE: 'MEASURE_INVALID_REFERENCE',
  INVALID_PERIOD: 'MEASURE_INVALID_PERIOD',
  INVALID_POINT: 'MEASURE_INVALID_POINT',
  INVALID_IMPORT: 'MEASURE_INVALID_IMPORT',
  IDENTIFIER_FOUND: 'MEASURE_IDENTIFIER_FOUND',
} as const;
export type MeasureErrorCode = (typeof MeasureErrorCode)[keyof typeof MeasureErrorCode];

/** A measure or a data point refused, with the fields and reasons. */
export class MeasureError extends Error {
  constructor(
    readonly code: MeasureErrorCode,
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
    this.name = 'MeasureError';
  }
}
