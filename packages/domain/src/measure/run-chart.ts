/**
 * Run-chart analysis: is the variation in a measure random, or is there a signal (non-random variation)?
 *
 * A run chart plots a measure over time with its median. Points on the median are not "useful": they are left out of
 * runs, crossings and the count n of useful observations. Two rule sets, chosen per measure:
 *
 * - **Anhøj** (the default, as in the R package qicharts2, `runs.analysis`; Anhøj & Olesen, "Run charts revisited",
 *   PLoS ONE 9(11): e113825, 2014): an unusually long run (the longest run of useful points on one side of the median
 *   is longer than round(log2(n) + 3)) or too few crossings (fewer than qbinom(0.05, n − 1, 0.5), the lower 5 % limit
 *   of a binomial distribution with n − 1 trials and p = 0.5).
 * - **Provost & Murray** (The Health Care Data Guide, 2011; Perla, Provost & Murray, "The run chart", BMJ Qual Saf
 *   20:46–51, 2011): a shift (6 or more consecutive useful points on one side of the median), a trend (5 or more
 *   points all going up or all going down; a point equal to the one before it is skipped), too few or too many runs
 *   (see `provostRunsLimits`), and an astronomical point (see `astronomicalLimit`).
 *
 * Both rule sets need at least 10 useful observations in a segment before any run rule (long run, crossings, shift,
 * trend, number of runs) can signal: with fewer points the rules say nothing (the segment carries
 * `tooFewPoints: true`). An astronomical point is not a run rule and is judged with any number of points.
 *
 * The median of the first segment is computed over the measure's baseline period (all its points when no point falls
 * in it). A re-baseline (typically after a new version of the agreement was put in force and the change was adopted)
 * starts a new segment with its own median, over all points of that segment, as qicharts2 does for a chart `part`.
 */

export const runChartRuleSets = ['anhoej', 'provost-murray'] as const;
export type RunChartRuleSet = (typeof runChartRuleSets)[number];

export const runChartSignalRules = [
  'long-run',
  'few-crossings',
  'shift',
  'trend',
  'too-few-runs',
  'too-many-runs',
  'astronomical',
] as const;
export type RunChartSignalRule = (typeof runChartSignalRules)[number];

export const betterDirections = ['up', 'down', 'none'] as const;
export type BetterDirection = (typeof betterDirections)[number];

/** The fewest useful observations a segment needs before a run rule may signal. */
export const minimumUsefulObservations = 10;

export interface RunChartPointInput {
  date: string;
  value: number;
}

export interface RunChartInput {
  /** The points, in any order; they are analysed by date. */
  points: readonly RunChartPointInput[];
  ruleSet: RunChartRuleSet;
  /** The baseline period of the first segment (inclusive ISO dates); absent: all points of the first segment. */
  baseline?: { from: string; to: string } | undefined;
  /** Dates from which a new segment (a new baseline) starts; a point on that date belongs to the new segment. */
  rebaselineDates?: readonly string[];
  betterDirection?: BetterDirection;
}

export interface RunChartPointRef {
  /** The index of the point in the date-ordered list of all points. */
  index: number;
  date: string;
}

export interface RunChartSignal {
  /** Stable while the data do not change: rule, segment and the first point's date. */
  id: string;
  rule: RunChartSignalRule;
  segment: number;
  points: RunChartPointRef[];
  /** Which side of the median (shift, long run, astronomical) or which way (trend); null when not one-sided. */
  direction: 'up' | 'down' | null;
  /** Whether the direction is the better one; null when the measure has no better direction or none applies. */
  favourable: boolean | null;
  /** A one-line Dutch description, shown with the chart and kept with a decision. */
  description: string;
}

export interface RunChartSegment {
  index: number;
  from: string;
  to: string;
  /** The index (in all points) of the segment's first and last point. */
  firstIndex: number;
  lastIndex: number;
  median: number;
  /** The period the median was computed over. */
  baselineFrom: string;
  baselineTo: string;
  pointCount: number;
  usefulCount: number;
  tooFewPoints: boolean;
  longestRun: number;
  runs: number;
  crossings: number;
  /** Anhøj: the longest run may be at most this long. */
  longestRunLimit: number | null;
  /** Anhøj: fewer crossings than this is a signal. */
  crossingsMinimum: number | null;
  /** Provost & Murray: the number of runs expected between these limits (inclusive); null outside the table. */
  runsLimits: { min: number; max: number } | null;
  /** Provost & Murray: a value further than this from the median is astronomical; null when not determined. */
  astronomicalLimit: number | null;
}

export interface RunChartAnalysis {
  ruleSet: RunChartRuleSet;
  segments: RunChartSegment[];
  signals: RunChartSignal[];
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('The median of no values is not defined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function binomialCoefficients(trials: number): bigint[] {
  const row: bigint[] = [1n];
  for (let k = 1; k <= trials; k += 1) row.push((row[k - 1]! * BigInt(trials - k + 1)) / BigInt(k));
  return row;
}

/**
 * qbinom(p, trials, 0.5) as in R: the smallest x with P(X ≤ x) ≥ p for X ~ Binomial(trials, 0.5), computed exactly
 * with integers (sum of C(trials, k) ≥ p · 2^trials). `p` is given as a fraction numerator/denominator to stay exact.
 */
export function binomialQuantileHalf(trials: number, numerator = 1, denominator = 20): number {
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError('trials must be a whole number ≥ 0');
  const total = 2n ** BigInt(trials);
  const coefficients = binomialCoefficients(trials);
  let cumulative = 0n;
  for (let x = 0; x <= trials; x += 1) {
    cumulative += coefficients[x]!;
    if (cumulative * BigInt(denominator) >= total * BigInt(numerator)) return x;
  }
  return trials;
}

/** Anhøj: the longest run may be at most round(log2(n) + 3) useful points long. */
export function anhoejLongestRunLimit(useful: number): number {
  return Math.round(Math.log2(useful) + 3);
}

/** Anhøj: fewer crossings than qbinom(0.05, n − 1, 0.5) is a signal. */
export function anhoejCrossingsMinimum(useful: number): number {
  return binomialQuantileHalf(Math.max(useful - 1, 0));
}

/**
 * The distribution of the number of runs R in a random arrangement of n1 points above and n2 below the median
 * (Swed & Eisenhart, "Tables for testing randomness of grouping in a sequence of alternatives", Ann. Math. Statist.
 * 14(1):66–87, 1943): P(R = 2k) = 2·C(n1−1, k−1)·C(n2−1, k−1) / C(n, n1), P(R = 2k+1) = [C(n1−1, k)·C(n2−1, k−1) +
 * C(n1−1, k−1)·C(n2−1, k)] / C(n, n1). Exact, in integers (the numerators; the denominator is C(n, n1)).
 */
function runsDistribution(n1: number, n2: number): { counts: Map<number, bigint>; total: bigint } {
  const c = (n: number, k: number): bigint => (k < 0 || k > n ? 0n : (binomialCoefficients(n)[k] ?? 0n));
  const counts = new Map<number, bigint>();
  for (let r = 2; r <= n1 + n2; r += 1) {
    const k = Math.floor(r / 2);
    const count =
      r % 2 === 0
        ? 2n * c(n1 - 1, k - 1) * c(n2 - 1, k - 1)
        : c(n1 - 1, k) * c(n2 - 1, k - 1) + c(n1 - 1, k - 1) * c(n2 - 1, k);
    counts.set(r, count);
  }
  return { counts, total: c(n1 + n2, n1) };
}

/**
 * The limits for the number of runs, derived as the Provost & Murray table is: the exact Swed & Eisenhart distribution
 * for n useful points split as evenly as possible above and below the median (n1 = ⌊n/2⌋), about 5 % risk in all,
 * 2.5 % in each tail: `min` is the fewest runs with P(R < min) ≤ 2.5 %, `max` the most with P(R > max) ≤ 2.5 %.
 */
export function computeRunsLimits(useful: number): { min: number; max: number } {
  const n1 = Math.floor(useful / 2);
  const { counts, total } = runsDistribution(n1, useful - n1);
  let min = 2;
  let below = 0n;
  for (let r = 2; r <= useful; r += 1) {
    below += counts.get(r) ?? 0n;
    // P(R ≤ r) > 2.5 %: r runs is no longer too few.
    if (below * 40n > total) {
      min = r;
      break;
    }
  }
  let max = useful;
  let above = 0n;
  for (let r = useful; r >= 2; r -= 1) {
    above += counts.get(r) ?? 0n;
    if (above * 40n > total) {
      max = r;
      break;
    }
  }
  return { min, max };
}

/**
 * Too few or too many runs, for 10 to 60 useful observations: [n, fewest runs expected, most runs expected]; fewer than
 * the first or more than the second is a signal. Source: the runs table of Provost & Murray (The Health Care Data
 * Guide, 2011; reprinted as table 1 in Perla, Provost & Murray, BMJ Qual Saf 2011), which is derived from Swed &
 * Eisenhart (1943) at about 5 % risk. Written out here as `computeRunsLimits` derives it from that source (the test
 * checks every row against the exact computation); printed copies of the table differ from it by one run at some n.
 */
export const provostRunsTable: readonly (readonly [number, number, number])[] = [
  [10, 3, 9],
  [11, 4, 9],
  [12, 4, 10],
  [13, 4, 11],
  [14, 4, 12],
  [15, 5, 12],
  [16, 5, 13],
  [17, 6, 13],
  [18, 6, 14],
  [19, 6, 15],
  [20, 7, 15],
  [21, 7, 16],
  [22, 8, 16],
  [23, 8, 17],
  [24, 8, 18],
  [25, 9, 18],
  [26, 9, 19],
  [27, 10, 19],
  [28, 10, 20],
  [29, 10, 21],
  [30, 11, 21],
  [31, 11, 22],
  [32, 12, 22],
  [33, 12, 23],
  [34, 12, 24],
  [35, 13, 24],
  [36, 13, 25],
  [37, 14, 25],
  [38, 14, 26],
  [39, 14, 26],
  [40, 15, 27],
  [41, 15, 28],
  [42, 16, 28],
  [43, 16, 29],
  [44, 17, 29],
  [45, 17, 30],
  [46, 17, 31],
  [47, 18, 31],
  [48, 18, 32],
  [49, 19, 32],
  [50, 19, 33],
  [51, 20, 33],
  [52, 20, 34],
  [53, 20, 35],
  [54, 21, 35],
  [55, 21, 36],
  [56, 22, 36],
  [57, 22, 37],
  [58, 23, 37],
  [59, 23, 38],
  [60, 24, 38],
];

/** Provost & Murray: the expected number of runs for n useful observations, or null outside the table (10..60). */
export function provostRunsLimits(useful: number): { min: number; max: number } | null {
  const row = provostRunsTable.find(([n]) => n === useful);
  return row ? { min: row[1], max: row[2] } : null;
}

/**
 * Provost & Murray call a point "astronomical" when it is obviously different from the rest — they give no number.
 * Our documented definition: a point whose distance from the baseline median is more than 3.5 robust standard
 * deviations, i.e. a modified z-score |0.6745 · (x − median) / MAD| above 3.5 (Iglewicz & Hoaglin, "How to detect and
 * handle outliers", ASQC 1993), with MAD the median absolute deviation of the baseline points from their median. The
 * limit returned is the distance 3.5 · MAD / 0.6745; null when the MAD is 0 (then no point is called astronomical) or
 * the baseline has fewer than 3 points.
 */
export function astronomicalLimit(baselineValues: readonly number[]): number | null {
  if (baselineValues.length < 3) return null;
  const centre = median(baselineValues);
  const mad = median(baselineValues.map((value) => Math.abs(value - centre)));
  return mad === 0 ? null : (3.5 * mad) / 0.6745;
}

interface Run {
  side: 1 | -1;
  /** Indexes in all points of the useful points that make the run. */
  indexes: number[];
}

/** Runs of useful points on one side of the median; points on the median neither break nor add to a run. */
function runsOf(values: readonly { value: number; index: number }[], centre: number): Run[] {
  const runs: Run[] = [];
  for (const { value, index } of values) {
    if (value === centre) continue;
    const side = value > centre ? 1 : -1;
    const last = runs.at(-1);
    if (last && last.side === side) last.indexes.push(index);
    else runs.push({ side, indexes: [index] });
  }
  return runs;
}

/** Trends: 5 or more points all going up or all going down; a point equal to the one before it is skipped. */
function trendsOf(values: readonly { value: number; index: number }[]): { way: 1 | -1; indexes: number[] }[] {
  const distinct: { value: number; index: number }[] = [];
  for (const point of values) if (distinct.at(-1)?.value !== point.value) distinct.push(point);
  const found: { way: 1 | -1; indexes: number[] }[] = [];
  let start = 0;
  while (start < distinct.length - 1) {
    const way = distinct[start + 1]!.value > distinct[start]!.value ? 1 : -1;
    let end = start + 1;
    while (end + 1 < distinct.length && Math.sign(distinct[end + 1]!.value - distinct[end]!.value) === way) end += 1;
    if (end - start + 1 >= 5) {
      // Name every point from the first to the last of the trend, the skipped equal ones included.
      const first = distinct[start]!.index;
      const last = distinct[end]!.index;
      found.push({ way, indexes: values.filter((p) => p.index >= first && p.index <= last).map((p) => p.index) });
    }
    start = end;
  }
  return found;
}

const directionOf = (side: 1 | -1): 'up' | 'down' => (side === 1 ? 'up' : 'down');
const favourableOf = (direction: 'up' | 'down' | null, better: BetterDirection): boolean | null =>
  direction === null || better === 'none' ? null : direction === better;

const formatNumber = (value: number): string => String(Math.round(value * 1000) / 1000).replace('.', ',');

/** Analyses a measure's points as a run chart with the chosen rule set. Pure; the points need not be sorted. */
export function analyseRunChart(input: RunChartInput): RunChartAnalysis {
  const better = input.betterDirection ?? 'none';
  const points = [...input.points].sort((a, b) => a.date.localeCompare(b.date));
  const starts = [...new Set(input.rebaselineDates ?? [])].sort();
  const groups: { value: number; index: number; date: string }[][] = [];
  let boundary = 0;
  points.forEach((point, index) => {
    while (boundary < starts.length && point.date >= starts[boundary]!) {
      boundary += 1;
      if (groups.length > 0 && groups.at(-1)!.length > 0) groups.push([]);
    }
    if (groups.length === 0) groups.push([]);
    groups.at(-1)!.push({ ...point, index });
  });

  const segments: RunChartSegment[] = [];
  const signals: RunChartSignal[] = [];
  groups.forEach((group, segmentIndex) => {
    const inBaseline =
      segmentIndex === 0 && input.baseline
        ? group.filter((p) => p.date >= input.baseline!.from && p.date <= input.baseline!.to)
        : [];
    const baselinePoints = inBaseline.length > 0 ? inBaseline : group;
    const centre = median(baselinePoints.map((p) => p.value));
    const runs = runsOf(group, centre);
    const useful = runs.reduce((sum, run) => sum + run.indexes.length, 0);
    const tooFewPoints = useful < minimumUsefulObservations;
    const longestRun = runs.reduce((longest, run) => Math.max(longest, run.indexes.length), 0);
    const crossings = Math.max(runs.length - 1, 0);
    const anhoej = input.ruleSet === 'anhoej';
    const limit = anhoej && useful > 0 ? anhoejLongestRunLimit(useful) : null;
    const crossingsMinimum = anhoej && useful > 0 ? anhoejCrossingsMinimum(useful) : null;
    const runsLimits = anhoej ? null : provostRunsLimits(useful);
    const astronomical = anhoej ? null : astronomicalLimit(baselinePoints.map((p) => p.value));
    const ref = (index: number): RunChartPointRef => ({ index, date: points[index]!.date });
    const usefulIndexes = runs.flatMap((run) => run.indexes);
    const add = (
      rule: RunChartSignalRule,
      indexes: number[],
      direction: 'up' | 'down' | null,
      description: string,
    ): void => {
      signals.push({
        id: `${rule}-${segmentIndex}-${points[indexes[0]!]!.date}`,
        rule,
        segment: segmentIndex,
        points: indexes.map(ref),
        direction,
        favourable: favourableOf(direction, better),
        description,
      });
    };
    const side = (run: Run): string => (run.side === 1 ? 'boven' : 'onder');
    const span = (indexes: number[]): string => `${points[indexes[0]!]!.date} t/m ${points[indexes.at(-1)!]!.date}`;

    if (!tooFewPoints) {
      if (anhoej) {
        for (const run of runs) {
          if (run.indexes.length > limit!) {
            add(
              'long-run',
              run.indexes,
              directionOf(run.side),
              `Ongewoon lange reeks: ${run.indexes.length} punten ${side(run)} de mediaan (${span(run.indexes)}; grens ${limit}).`,
            );
          }
        }
        if (crossings < crossingsMinimum!) {
          add(
            'few-crossings',
            usefulIndexes,
            null,
            `Te weinig kruisingen van de mediaan: ${crossings}, minstens ${crossingsMinimum} verwacht bij ${useful} punten.`,
          );
        }
      } else {
        for (const run of runs) {
          if (run.indexes.length >= 6) {
            add(
              'shift',
              run.indexes,
              directionOf(run.side),
              `Verschuiving: ${run.indexes.length} punten op rij ${side(run)} de mediaan (${span(run.indexes)}).`,
            );
          }
        }
        for (const trend of trendsOf(group)) {
          add(
            'trend',
            trend.indexes,
            directionOf(trend.way),
            `Trend: ${trend.indexes.length} punten op rij ${trend.way === 1 ? 'stijgend' : 'dalend'} (${span(trend.indexes)}).`,
          );
        }
        if (runsLimits && runs.length < runsLimits.min) {
          add(
            'too-few-runs',
            usefulIndexes,
            null,
            `Te weinig reeksen: ${runs.length}, ${runsLimits.min} tot ${runsLimits.max} verwacht bij ${useful} punten.`,
          );
        }
        if (runsLimits && runs.length > runsLimits.max) {
          add(
            'too-many-runs',
            usefulIndexes,
            null,
            `Te veel reeksen: ${runs.length}, ${runsLimits.min} tot ${runsLimits.max} verwacht bij ${useful} punten.`,
          );
        }
      }
    }
    if (astronomical !== null) {
      for (const point of group) {
        if (Math.abs(point.value - centre) > astronomical) {
          add(
            'astronomical',
            [point.index],
            point.value > centre ? 'up' : 'down',
            `Uitschieter: ${formatNumber(point.value)} op ${point.date}, meer dan ${formatNumber(astronomical)} van de mediaan ${formatNumber(centre)}.`,
          );
        }
      }
    }
    segments.push({
      index: segmentIndex,
      from: group[0]!.date,
      to: group.at(-1)!.date,
      firstIndex: group[0]!.index,
      lastIndex: group.at(-1)!.index,
      median: centre,
      baselineFrom: baselinePoints[0]!.date,
      baselineTo: baselinePoints.at(-1)!.date,
      pointCount: group.length,
      usefulCount: useful,
      tooFewPoints,
      longestRun,
      runs: runs.length,
      crossings,
      longestRunLimit: limit,
      crossingsMinimum,
      runsLimits,
      astronomicalLimit: astronomical,
    });
  });
  return { ruleSet: input.ruleSet, segments, signals };
}
