import { describe, expect, it } from 'vitest';
import {
  analyseRunChart,
  anhoejCrossingsMinimum,
  anhoejLongestRunLimit,
  astronomicalLimit,
  binomialQuantileHalf,
  computeRunsLimits,
  median,
  provostRunsLimits,
  provostRunsTable,
  type RunChartRuleSet,
} from './run-chart.js';

/** Weekly dates from Monday 5 January 2026. */
const week = (index: number): string => new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10);
const series = (values: number[]) => values.map((value, index) => ({ date: week(index), value }));
const analyse = (values: number[], ruleSet: RunChartRuleSet, extra: { baselineLength?: number } = {}) =>
  analyseRunChart({
    points: series(values),
    ruleSet,
    baseline: extra.baselineLength ? { from: week(0), to: week(extra.baselineLength - 1) } : undefined,
  });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The worked example used below and in the demo: 16 weekly baseline points around 10.5, then 8 weeks clearly higher.
 * Baseline sorted: 8 9 9 9 10 10 10 10 | 11 11 11 12 12 12 13 13 → median (10 + 11) / 2 = 10.5; no point on it.
 * Sides: − + − + + − + − + − + − + − + − then + × 8, so the runs are 1,1,1,2,1,1,1,1,1,1,1,1,1,1,1 and 8: 16 runs,
 * 15 crossings, n = 24 useful points.
 */
const seriesA = [10, 12, 9, 11, 13, 8, 12, 10, 11, 9, 13, 10, 12, 9, 11, 10, 14, 15, 13, 16, 14, 15, 17, 14];

describe('the exact binomial quantile (qbinom(0.05, n, 0.5) as in R)', () => {
  it('matches values worked out by hand and given by R', () => {
    // n = 0: P(X ≤ 0) = 1 ≥ 0.05.
    expect(binomialQuantileHalf(0)).toBe(0);
    // n = 9: P(X ≤ 1) = 10/512 = 0.0195 < 0.05, P(X ≤ 2) = 46/512 = 0.0898 ≥ 0.05 → 2 (R: qbinom(0.05, 9, 0.5) = 2).
    expect(binomialQuantileHalf(9)).toBe(2);
    // n = 19: P(X ≤ 5) = 0.0318, P(X ≤ 6) = 0.0835 → 6 (R: qbinom(0.05, 19, 0.5) = 6).
    expect(binomialQuantileHalf(19)).toBe(6);
    // R: qbinom(0.05, 99, 0.5) = 41; qbinom(0.5, 10, 0.5) = 5 (the median of a symmetric binomial).
    expect(binomialQuantileHalf(99)).toBe(41);
    expect(binomialQuantileHalf(10, 1, 2)).toBe(5);
  });
});

describe('the Anhøj limits', () => {
  // Anhøj & Olesen 2014 (PLoS ONE 9(11): e113825), table of critical values for n useful observations:
  // [n, upper limit for the longest run, lower limit for the number of crossings]. The same values are printed by
  // qicharts2 (longest.run.max, n.crossings.min) and on anhoej.net.
  const table: [number, number, number][] = [
    [10, 6, 2],
    [11, 6, 2],
    [12, 7, 3],
    [13, 7, 3],
    [14, 7, 4],
    [15, 7, 4],
    [16, 7, 4],
    [17, 7, 5],
    [18, 7, 5],
    [19, 7, 6],
    [20, 7, 6],
    [21, 7, 6],
    [22, 7, 7],
    [23, 8, 7],
    [24, 8, 8],
    [25, 8, 8],
    [30, 8, 10],
    [40, 8, 14],
    [50, 9, 19],
    [60, 9, 23],
    [70, 9, 28],
    [80, 9, 32],
    [90, 9, 37],
    [100, 10, 41],
  ];
  it.each(table)('n = %i: longest run at most %i, at least %i crossings', (n, longest, crossings) => {
    expect(anhoejLongestRunLimit(n)).toBe(longest);
    expect(anhoejCrossingsMinimum(n)).toBe(crossings);
  });
});

describe('the Provost & Murray runs table', () => {
  it('is, row by row, the exact Swed & Eisenhart computation it is derived from', () => {
    expect(provostRunsTable.map(([n]) => n)).toEqual(range(10, 60));
    for (const [n, min, max] of provostRunsTable) expect(computeRunsLimits(n), `n = ${n}`).toEqual({ min, max });
  });

  it('agrees with the classic two-sided 5 % critical values of the runs test (Swed & Eisenhart 1943)', () => {
    // n1 = n2 = 5: reject when R ≤ 2 or R ≥ 10 → 3..9 runs expected with 10 points.
    expect(provostRunsLimits(10)).toEqual({ min: 3, max: 9 });
    // n1 = n2 = 10: reject when R ≤ 6 or R ≥ 16 → 7..15 runs expected with 20 points.
    expect(provostRunsLimits(20)).toEqual({ min: 7, max: 15 });
    // Outside the table (fewer than 10 or more than 60 useful points) the rule does not apply.
    expect(provostRunsLimits(9)).toBeNull();
    expect(provostRunsLimits(61)).toBeNull();
  });
});

describe('the median and the astronomical limit', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('puts the limit at 3.5 robust standard deviations: 3.5 · MAD / 0.6745', () => {
    // Median 10; absolute deviations 0 1 1 0 2 2 0 1 1 0 → MAD (1 + 1) / 2 = 1 → 3.5 / 0.6745 = 5.189.
    expect(astronomicalLimit([10, 11, 9, 10, 12, 8, 10, 11, 9, 10])).toBeCloseTo(5.189, 3);
    // No spread (MAD 0) or too few points: no limit, so no astronomical point.
    expect(astronomicalLimit([5, 5, 5, 6])).toBeNull();
    expect(astronomicalLimit([1, 9])).toBeNull();
  });
});

describe('analysing a run chart with the Anhøj rules', () => {
  it('finds no signal in the worked example: a run of 8 is not longer than round(log2(24) + 3) = 8', () => {
    const analysis = analyse(seriesA, 'anhoej', { baselineLength: 16 });
    expect(analysis.segments).toEqual([
      expect.objectContaining({
        median: 10.5,
        baselineFrom: week(0),
        baselineTo: week(15),
        pointCount: 24,
        usefulCount: 24,
        tooFewPoints: false,
        longestRun: 8,
        runs: 16,
        crossings: 15,
        longestRunLimit: 8,
        // qbinom(0.05, 23, 0.5) = 8 (the table above, n = 24)
        crossingsMinimum: 8,
      }),
    ]);
    expect(analysis.signals).toEqual([]);
  });

  it('signals an unusually long run and names its points', () => {
    // Week 15 becomes 14: baseline sorted 8 9 9 9 10 10 10 11 | 11 11 12 12 12 13 13 14 → median 11, and weeks 3, 8
    // and 14 (value 11) lie on it: n = 21 useful, longest run at most round(log2(21) + 3) = 7. Weeks 15–23 are 9
    // points above the median (week 14 on the median neither breaks nor adds): 9 > 7.
    const values = [...seriesA];
    values[15] = 14;
    const analysis = analyse(values, 'anhoej', { baselineLength: 16 });
    expect(analysis.segments[0]).toMatchObject({ median: 11, usefulCount: 21, longestRun: 9, longestRunLimit: 7 });
    expect(analysis.signals).toEqual([
      expect.objectContaining({
        id: `long-run-0-${week(15)}`,
        rule: 'long-run',
        segment: 0,
        points: range(15, 23).map((index) => ({ index, date: week(index) })),
        direction: 'up',
        favourable: null,
        description: `Ongewoon lange reeks: 9 punten boven de mediaan (${week(15)} t/m ${week(23)}; grens 7).`,
      }),
    ]);
  });

  it('signals too few crossings, and the long runs that go with them', () => {
    // 10 points at 1–2, then 10 at 5–6: median (2 + 5) / 2 = 3.5, 2 runs of 10, 1 crossing.
    // n = 20: longest run at most 7, at least qbinom(0.05, 19, 0.5) = 6 crossings.
    const values = [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6];
    const analysis = analyseRunChart({ points: series(values), ruleSet: 'anhoej', betterDirection: 'up' });
    expect(analysis.signals.map(({ rule, direction, favourable }) => ({ rule, direction, favourable }))).toEqual([
      { rule: 'long-run', direction: 'down', favourable: false },
      { rule: 'long-run', direction: 'up', favourable: true },
      { rule: 'few-crossings', direction: null, favourable: null },
    ]);
    expect(analysis.signals[2]!.points).toHaveLength(20);
  });

  it('starts a new segment with its own median when re-baselined', () => {
    // Re-baselined at week 16: segment 0 is the baseline (median 10.5, 16 useful, longest run 2, no signal);
    // segment 1 is the last 8 (sorted 13 14 14 14 15 15 16 17 → median 14.5) — fewer than 10 points, no run rule.
    const analysis = analyseRunChart({
      points: series(seriesA),
      ruleSet: 'anhoej',
      baseline: { from: week(0), to: week(15) },
      rebaselineDates: [week(16)],
    });
    expect(
      analysis.segments.map(({ from, to, median, usefulCount, tooFewPoints }) => ({
        from,
        to,
        median,
        usefulCount,
        tooFewPoints,
      })),
    ).toEqual([
      { from: week(0), to: week(15), median: 10.5, usefulCount: 16, tooFewPoints: false },
      { from: week(16), to: week(23), median: 14.5, usefulCount: 8, tooFewPoints: true },
    ]);
    expect(analysis.signals).toEqual([]);
  });
});

describe('analysing a run chart with the Provost & Murray rules', () => {
  it('signals the shift of the worked example: 8 points above the median', () => {
    // Runs 16 with 24 useful points: 8..18 expected, fine. No 5 points going one way. Baseline MAD: deviations from
    // 10.5 are 0.5 (×7), 1.5 (×6), 2.5 (×3) → MAD 1.5, limit 3.5 · 1.5 / 0.6745 = 7.78; the highest, 17, is 6.5 away.
    const analysis = analyseRunChart({
      points: series(seriesA),
      ruleSet: 'provost-murray',
      baseline: { from: week(0), to: week(15) },
      betterDirection: 'up',
    });
    expect(analysis.segments[0]).toMatchObject({ median: 10.5, runs: 16, runsLimits: { min: 8, max: 18 } });
    expect(analysis.segments[0]!.astronomicalLimit).toBeCloseTo(7.784, 3);
    expect(analysis.signals).toEqual([
      {
        id: `shift-0-${week(16)}`,
        rule: 'shift',
        segment: 0,
        points: range(16, 23).map((index) => ({ index, date: week(index) })),
        direction: 'up',
        favourable: true,
        description: `Verschuiving: 8 punten op rij boven de mediaan (${week(16)} t/m ${week(23)}).`,
      },
    ]);
  });

  // Baseline weeks 0–4: 1 3 2 1 3 → median 2. Weeks 2 and 7 lie on the median: 10 useful points out of 12.
  const onMedian = (tail: number[]) => [1, 3, 2, 1, 3, 3, 3, 2, 3, 3, ...tail];

  it('signals a shift of exactly 6; a point on the median neither breaks it nor counts', () => {
    // Above the median: weeks 4 5 6 (7 is on it) 8 9 10 → 6 useful points in a row.
    const analysis = analyse(onMedian([3, 1]), 'provost-murray', { baselineLength: 5 });
    expect(analysis.segments[0]).toMatchObject({ median: 2, pointCount: 12, usefulCount: 10, longestRun: 6 });
    expect(analysis.signals).toEqual([
      expect.objectContaining({
        rule: 'shift',
        points: [4, 5, 6, 8, 9, 10].map((index) => ({ index, date: week(index) })),
      }),
    ]);
  });

  it('does not signal 5 in a row', () => {
    // Weeks 4 5 6 8 9 above, week 10 below: 5 useful points — one short of a shift.
    const analysis = analyse(onMedian([1, 3]), 'provost-murray', { baselineLength: 5 });
    expect(analysis.segments[0]).toMatchObject({ usefulCount: 10, longestRun: 5, runs: 6 });
    expect(analysis.signals).toEqual([]);
  });

  it('signals a trend of 5 or more going one way', () => {
    // Median of all 12 is (13 + 14) / 2 = 13.5. Weeks 6–11 go 11 12 13 14 15 20: six points up.
    const analysis = analyse([10, 20, 10, 20, 10, 20, 11, 12, 13, 14, 15, 20], 'provost-murray');
    expect(analysis.signals).toEqual([
      expect.objectContaining({
        rule: 'trend',
        direction: 'up',
        points: range(6, 11).map((i) => ({ index: i, date: week(i) })),
      }),
    ]);
  });

  it('skips equal neighbours in a trend, and 4 going one way is no trend', () => {
    // 11 12 12 13 14 20: the second 12 is skipped → 5 rising values, the 6 weeks are named.
    expect(
      analyse([10, 20, 10, 20, 10, 20, 11, 12, 12, 13, 14, 20], 'provost-murray').signals.map((s) => [
        s.rule,
        s.points.length,
      ]),
    ).toEqual([['trend', 6]]);
    // 11 12 13 14 then 10: four rising values.
    expect(analyse([10, 20, 10, 20, 10, 20, 11, 12, 13, 14, 10, 20], 'provost-murray').signals).toEqual([]);
  });

  it('signals too many runs (alternating) and too few runs', () => {
    // 20 alternating points: 20 runs, more than the 15 expected for n = 20.
    const alternating = analyse(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 : 3)),
      'provost-murray',
    );
    expect(alternating.signals.map((s) => s.rule)).toEqual(['too-many-runs']);
    // 10 low then 10 high: 2 runs, fewer than the 7 expected; and two shifts of 10.
    const split = analyse([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6], 'provost-murray');
    expect(split.signals.map((s) => s.rule)).toEqual(['shift', 'shift', 'too-few-runs']);
  });

  it('says nothing with fewer than 10 useful points, however long the run', () => {
    // Baseline 1 2 3 (median 2), then six weeks at 5: 7 points in a row above the median, but only 8 useful points.
    const analysis = analyse([1, 2, 3, 5, 5, 5, 5, 5, 5], 'provost-murray', { baselineLength: 3 });
    expect(analysis.segments[0]).toMatchObject({ usefulCount: 8, longestRun: 7, tooFewPoints: true });
    expect(analysis.signals).toEqual([]);
    expect(analyse([1, 2, 3, 5, 5, 5, 5, 5, 5], 'anhoej', { baselineLength: 3 }).signals).toEqual([]);
  });

  it('signals an astronomical point, even with few points', () => {
    // Baseline median 10, MAD 1 → limit 5.19: 15 is 5 away (not astronomical), 30 is 20 away.
    const analysis = analyse([10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 15, 30], 'provost-murray', { baselineLength: 10 });
    expect(analysis.segments[0]).toMatchObject({ usefulCount: 8, tooFewPoints: true });
    expect(analysis.signals).toEqual([
      expect.objectContaining({ rule: 'astronomical', points: [{ index: 11, date: week(11) }], direction: 'up' }),
    ]);
  });
});
