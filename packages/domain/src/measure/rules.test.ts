import { describe, expect, it } from 'vitest';
import { checkMeasurePeriod, checkMeasurePoint, measureValueBound, parseMeasureCsv } from './rules.js';

const measure = {
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  baselineStart: '2026-01-01',
  baselineEnd: '2026-03-31',
  rebaselines: [] as string[],
};

describe('the dates of a measure', () => {
  it('keeps the baseline and re-baselines inside the period', () => {
    expect(checkMeasurePeriod(measure)).toEqual([]);
    expect(checkMeasurePeriod({ ...measure, periodEnd: '2025-12-31', baselineStart: '2025-12-01' })).toMatchObject([
      { field: 'periodEnd' },
      { field: 'baselineStart' },
      { field: 'baselineEnd' },
    ]);
    expect(checkMeasurePeriod({ ...measure, rebaselines: ['2026-05-01', '2026-02-01'] })).toMatchObject([
      { field: 'rebaselines.1' },
    ]);
  });
});

describe('a data point', () => {
  it('lies inside the period, on a free date, with a value within bounds', () => {
    expect(checkMeasurePoint(measure, new Set(), { date: '2026-01-01', value: 3 })).toEqual([]);
    expect(checkMeasurePoint(measure, new Set(), { date: '2026-07-01', value: 3 })).toMatchObject([{ field: 'date' }]);
    expect(checkMeasurePoint(measure, new Set(['2026-02-02']), { date: '2026-02-02', value: 3 })).toMatchObject([
      { field: 'date', reason: expect.stringContaining('één punt per datum') },
    ]);
    expect(checkMeasurePoint(measure, new Set(), { date: '2026-02-02', value: Number.NaN })).toMatchObject([
      { field: 'value' },
    ]);
    expect(checkMeasurePoint(measure, new Set(), { date: '2026-02-02', value: measureValueBound + 1 })).toMatchObject([
      { field: 'value' },
    ]);
  });
});

describe('the CSV import', () => {
  it('reads a header, ";" with decimal commas, Dutch dates and quoted notes', () => {
    const rows = parseMeasureCsv(
      'datum;waarde;notitie\n2026-01-05;12,5;\n6-1-2026;3;"na overleg; met wijk"\n',
      measure,
      new Set(),
    );
    expect(rows).toEqual([
      { line: 2, raw: '2026-01-05;12,5;', date: '2026-01-05', value: 12.5, note: '', errors: [] },
      {
        line: 3,
        raw: '6-1-2026;3;"na overleg; met wijk"',
        date: '2026-01-06',
        value: 3,
        note: 'na overleg; met wijk',
        errors: [],
      },
    ]);
  });

  it('names every bad row: no date, no number, outside the period, a date twice or already taken', () => {
    const rows = parseMeasureCsv(
      'date,value\n2026-02-30,1\n2026-01-05,abc\n2027-01-01,2\n2026-01-12,1\n2026-01-12,2\n2026-01-19,4',
      measure,
      new Set(['2026-01-19']),
    );
    expect(rows.map((row) => [row.line, row.errors.map((error) => error.field)])).toEqual([
      [2, ['date']],
      [3, ['value']],
      [4, ['date']],
      [5, []],
      [6, ['date']],
      [7, ['date']],
    ]);
  });

  it('refuses an empty file', () => {
    expect(parseMeasureCsv('\n', measure, new Set())).toMatchObject([{ errors: [{ field: 'row' }] }]);
  });
});
