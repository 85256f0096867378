import { MeasureError, MeasureErrorCode, checkMeasurePeriod, checkMeasurePoint } from '@leerkring/domain';
import { identifierGuard } from '../common/privacy-guard.js';
import type { MeasureEntity } from './measure.entity.js';

/** The domain's refusals of a measure's dates, points and texts as the errors the API answers with (422). */
export function assertPeriod(measure: Parameters<typeof checkMeasurePeriod>[0]): void {
  const refusals = checkMeasurePeriod(measure);
  if (refusals.length > 0) {
    throw new MeasureError(
      MeasureErrorCode.INVALID_PERIOD,
      refusals.map((refusal) => refusal.reason).join(' '),
      refusals.map((refusal) => ({ name: `body.${refusal.field}`, reason: refusal.reason, code: 'invalid_period' })),
    );
  }
}

export function assertPoint(
  measure: Pick<MeasureEntity, 'periodStart' | 'periodEnd'>,
  taken: ReadonlySet<string>,
  point: { date: string; value: number },
): void {
  const refusals = checkMeasurePoint(measure, taken, point);
  if (refusals.length > 0) {
    throw new MeasureError(
      MeasureErrorCode.INVALID_POINT,
      refusals.map((refusal) => refusal.reason).join(' '),
      refusals.map((refusal) => ({ name: `body.${refusal.field}`, reason: refusal.reason, code: 'invalid_point' })),
    );
  }
}

export const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new MeasureError(
      MeasureErrorCode.IDENTIFIER_FOUND,
      'Een maat gaat over samenwerking, nooit over een persoon.',
      findings,
    ),
);
