import { positiveHealthDimensions, type PositiveHealthDimensionCode } from '../vocabulary/positive-health.js';
import { smallCellThreshold, type QuestionShiftInsight } from './schema.js';

/**
 * Which presenting dimensions rest on which underlying ones, across cases. A case counts once in every pair of its
 * presenting × underlying dimensions; a pair with 1–4 cases is suppressed, never shown as a number.
 */
export function questionShifts({
  cases,
  threshold = smallCellThreshold,
}: {
  cases: readonly {
    presentingDimensions: readonly PositiveHealthDimensionCode[];
    underlyingDimensions: readonly PositiveHealthDimensionCode[];
  }[];
  threshold?: number;
}): QuestionShiftInsight {
  const counts = new Map<string, number>();
  let casesWithBoth = 0;
  for (const item of cases) {
    if (item.presentingDimensions.length === 0 || item.underlyingDimensions.length === 0) continue;
    casesWithBoth += 1;
    for (const presenting of new Set(item.presentingDimensions)) {
      for (const underlying of new Set(item.underlyingDimensions)) {
        const key = `${presenting}>${underlying}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const codes = positiveHealthDimensions.map((dimension) => dimension.code);
  const cells = codes.flatMap((presenting) =>
    codes.map((underlying) => {
      const count = counts.get(`${presenting}>${underlying}`) ?? 0;
      const suppressed = count > 0 && count < threshold;
      return { presenting, underlying, count: suppressed ? null : count, suppressed };
    }),
  );
  return { totalCases: cases.length, casesWithBoth: suppressIfSmall(casesWithBoth, threshold), threshold, cells };
}

/** A total below the threshold would tell as much as a small cell. */
function suppressIfSmall(count: number, threshold: number): number {
  return count > 0 && count < threshold ? 0 : count;
}
