import type { Measure } from '@leerkring/domain';

export interface RunChartRow {
  index: number;
  date: string;
  time: number;
  value: number;
  median: number | null;
  note: string;
  /** The signal rules this point is part of. */
  rules: Measure['analysis']['signals'][number]['rule'][];
}

/** One row per point: its value, its segment's median and the signals it is part of (for the chart and the table). */
export function runChartRows(measure: Measure): RunChartRow[] {
  return measure.points.map((point, index) => {
    const segment = measure.analysis.segments.find((s) => index >= s.firstIndex && index <= s.lastIndex);
    return {
      index,
      date: point.date,
      time: Date.parse(`${point.date}T00:00:00Z`),
      value: point.value,
      median: segment?.median ?? null,
      note: point.note,
      rules: measure.analysis.signals
        .filter((signal) => signal.points.some((ref) => ref.index === index))
        .map((signal) => signal.rule),
    };
  });
}
