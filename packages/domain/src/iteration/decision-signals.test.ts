import { describe, expect, it } from 'vitest';
import { analyseRunChart } from '../measure/run-chart.js';
import { checkDecisionSignals, signalKeyOf, type MeasureSignals } from './decision-signals.js';

const week = (index: number): string => new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10);
const values = [10, 12, 9, 11, 13, 8, 12, 10, 11, 9, 13, 10, 12, 9, 11, 10, 14, 15, 13, 16, 14, 15, 17, 14];
const analysis = analyseRunChart({
  points: values.map((value, index) => ({ date: week(index), value })),
  ruleSet: 'provost-murray',
  baseline: { from: week(0), to: week(15) },
  betterDirection: 'up',
});
const measures: MeasureSignals[] = [
  { measureId: 'm1', measureName: 'Terugbeldagen', signals: analysis.signals },
  { measureId: 'm2', measureName: 'Zonder signaal', signals: [] },
];

describe('the signals a decision rests on', () => {
  it('names a signal by its measure and a key that stays the same while the data do', () => {
    const shift = analysis.signals.find((signal) => signal.rule === 'shift')!;
    expect(signalKeyOf('m1', shift)).toEqual({ measureId: 'm1', signalId: `shift-0-${week(16)}` });
    const again = analyseRunChart({
      points: [...values].reverse().map((value, index) => ({ date: week(values.length - 1 - index), value })),
      ruleSet: 'provost-murray',
      baseline: { from: week(0), to: week(15) },
      betterDirection: 'up',
    });
    expect(again.signals.map((signal) => signal.id)).toContain(shift.id);
  });

  it('keeps the named signals with the measure name and the words of the rule', () => {
    const key = signalKeyOf('m1', analysis.signals[0]!);
    expect(checkDecisionSignals([key], measures)).toEqual({
      signals: [
        {
          ...key,
          measureName: 'Terugbeldagen',
          rule: 'shift',
          description: expect.stringContaining(week(16)),
        },
      ],
      refusals: [],
    });
  });

  it('may rest on no signal at all', () => {
    expect(checkDecisionSignals([], measures)).toEqual({ signals: [], refusals: [] });
  });

  it("refuses, by index, a signal not in the current analysis of one of the iteration's measures, or named twice", () => {
    const key = signalKeyOf('m1', analysis.signals[0]!);
    const { refusals } = checkDecisionSignals(
      [key, { measureId: 'm2', signalId: key.signalId }, { measureId: 'elders', signalId: key.signalId }, key],
      measures,
    );
    expect(refusals.map((refusal) => refusal.index)).toEqual([1, 2, 3]);
    expect(refusals[0]!.reason).toContain('Zonder signaal');
  });
});
