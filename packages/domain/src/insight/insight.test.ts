import { describe, expect, it } from 'vitest';
import { questionShifts } from '../index.js';

const many = (
  n: number,
  presenting: 'daily-functioning' | 'bodily-functions',
  underlying: 'meaning' | 'participation',
) => Array.from({ length: n }, () => ({ presentingDimensions: [presenting], underlyingDimensions: [underlying] }));

describe('question shifts', () => {
  it('counts presenting × underlying pairs and suppresses cells of fewer than 5 cases', () => {
    const insight = questionShifts({
      cases: [
        ...many(12, 'daily-functioning', 'meaning'),
        ...many(3, 'daily-functioning', 'participation'),
        { presentingDimensions: ['bodily-functions'], underlyingDimensions: [] },
      ],
    });
    expect(insight.totalCases).toBe(16);
    expect(insight.casesWithBoth).toBe(15);
    expect(insight.cells).toHaveLength(36);
    expect(
      insight.cells.find((cell) => cell.presenting === 'daily-functioning' && cell.underlying === 'meaning'),
    ).toEqual({ presenting: 'daily-functioning', underlying: 'meaning', count: 12, suppressed: false });
    expect(
      insight.cells.find((cell) => cell.presenting === 'daily-functioning' && cell.underlying === 'participation'),
    ).toMatchObject({ count: null, suppressed: true });
    expect(
      insight.cells.find((cell) => cell.presenting === 'bodily-functions' && cell.underlying === 'meaning'),
    ).toMatchObject({ count: 0, suppressed: false });
  });

  it('counts a case once per pair, even with a dimension given twice', () => {
    const insight = questionShifts({
      cases: many(5, 'daily-functioning', 'meaning').map((item) => ({
        ...item,
        presentingDimensions: ['daily-functioning', 'daily-functioning'] as const,
      })),
    });
    expect(insight.cells.find((cell) => cell.count === 5)).toMatchObject({
      presenting: 'daily-functioning',
      underlying: 'meaning',
    });
  });

  it('does not tell a total below the threshold', () => {
    expect(questionShifts({ cases: many(2, 'daily-functioning', 'meaning') }).casesWithBoth).toBe(0);
  });
});
