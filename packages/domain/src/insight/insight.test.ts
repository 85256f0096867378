import { describe, expect, it } from 'vitest';
import {
  countInsight,
  insightAboutRows,
  insightTableRows,
  professionalBucket,
  publishInsight,
  quartersBetween,
  type InsightCase,
} from '../index.js';

const aCase = (fields: Partial<InsightCase>): InsightCase => ({
  presentingDimensions: [],
  underlyingDimensions: [],
  lifeDomains: [],
  underlyingLifeDomains: [],
  professionalsInvolved: null,
  legalFrameworks: [],
  status: 'discussed',
  ...fields,
});
const many = (n: number, fields: Partial<InsightCase>) => Array.from({ length: n }, () => aCase(fields));

describe('counting an insight', () => {
  it('counts presenting × underlying Positieve Gezondheid pairs, a dimension given twice once', () => {
    const table = countInsight({
      insight: 'question-shifts',
      cases: [
        ...many(12, {
          presentingDimensions: ['daily-functioning', 'daily-functioning'],
          underlyingDimensions: ['meaning'],
        }),
        ...many(3, { presentingDimensions: ['daily-functioning'], underlyingDimensions: ['participation'] }),
        aCase({ presentingDimensions: ['bodily-functions'] }),
      ],
    });
    expect(table.population).toBe(16);
    const row = table.rows.findIndex((item) => item.code === 'daily-functioning');
    const column = table.columns.findIndex((item) => item.code === 'meaning');
    expect(table.counts[row]![column]).toBe(12);
    expect(table.counts.flat().reduce((a, b) => a + b, 0)).toBe(15);
  });

  it('counts presenting × underlying life domains', () => {
    const table = countInsight({
      insight: 'life-domain-shifts',
      cases: many(7, { lifeDomains: ['daytime-activities'], underlyingLifeDomains: ['social-network', 'finances'] }),
    });
    const row = table.rows.findIndex((item) => item.code === 'daytime-activities');
    expect(table.counts[row]![table.columns.findIndex((item) => item.code === 'social-network')]).toBe(7);
    expect(table.counts[row]![table.columns.findIndex((item) => item.code === 'finances')]).toBe(7);
  });

  it.each([
    [null, 'unknown'],
    [0, '0-1'],
    [3, '2-3'],
    [6, '4-6'],
    [10, '7-10'],
    [14, '11+'],
  ])('puts %s professionals in bucket %s', (count, bucket) => {
    expect(professionalBucket(count)).toBe(bucket);
  });

  it('counts lessons per theme per quarter, quarters without lessons included', () => {
    expect(quartersBetween('2025-Q4', '2026-Q2')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    const table = countInsight({
      insight: 'lessons-per-theme',
      lessons: [
        { theme: 'financing', recordedAt: '2025-11-02T10:00:00Z' },
        { theme: 'financing', recordedAt: '2026-05-02T10:00:00Z' },
      ],
    });
    expect(table.columns.map((column) => column.code)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(table.counts[table.rows.findIndex((row) => row.code === 'financing')]).toEqual([1, 0, 1]);
  });

  it('counts obstacles by framework and escalation status, without a framework too', () => {
    const table = countInsight({
      insight: 'system-obstacles',
      obstacles: [
        { legalFramework: 'wmo-2015', escalationStatus: 'open' },
        { legalFramework: null, escalationStatus: 'parked' },
      ],
    });
    expect(table.unit).toBe('system-obstacle');
    expect(table.counts[table.rows.findIndex((row) => row.code === 'none')]![3]).toBe(1);
  });
});

describe('publishing an insight', () => {
  it('tells nothing but that fact for fewer than 10 cases', () => {
    const insight = publishInsight({
      insight: 'legal-frameworks',
      filters: {},
      table: countInsight({ insight: 'legal-frameworks', cases: many(9, { legalFrameworks: ['jeugdwet'] }) }),
    });
    expect(insight).toMatchObject({ outcome: 'too-small', population: null, table: null });
    expect(insightTableRows(insight, 'en')).toEqual([['Too few to show anything: fewer than 10.']]);
  });

  it('suppresses small counts and what would give them away, the same mark for both', () => {
    const insight = publishInsight({
      insight: 'legal-frameworks',
      filters: { from: '2026-01-01' },
      table: countInsight({
        insight: 'legal-frameworks',
        cases: [
          ...many(20, { legalFrameworks: ['wmo-2015'], status: 'discussed' }),
          ...many(3, { legalFrameworks: ['wmo-2015'], status: 'closed' }),
          ...many(8, { legalFrameworks: ['jeugdwet'], status: 'discussed' }),
          ...many(6, { legalFrameworks: ['jeugdwet'], status: 'closed' }),
        ],
      }),
    });
    expect(insight.population).toBe(37);
    const rows = insightTableRows(insight, 'nl');
    expect(rows[0]).toEqual(['Wet \\ Status van de casus', 'Ingebracht', 'Besproken', 'Afgesloten', 'Totaal']);
    expect(rows[1]).toEqual(['Wmo 2015', 0, 'x', 'x', 23]);
    expect(rows[2]).toEqual(['Jeugdwet', 0, 'x', 'x', 14]);
    expect(rows.at(-1)).toEqual(['Totaal', 0, 28, 9, 37]);
    expect(JSON.stringify(insight)).not.toMatch(/"count":3[,}]/);
  });

  it('states the filters, the date and the rules on the first sheet', () => {
    const insight = publishInsight({
      insight: 'professionals-per-case',
      filters: { from: '2026-01-01' },
      table: countInsight({ insight: 'professionals-per-case', cases: many(12, { professionalsInvolved: 5 }) }),
    });
    const about = insightAboutRows({
      insight,
      language: 'nl',
      exportedAt: '2026-12-02',
      names: { buildingTeam: 'Team' },
    });
    expect(about).toContainEqual(['Bouwteam', 'Team']);
    expect(about).toContainEqual(['Vanaf', '2026-01-01']);
    expect(about).toContainEqual(['Aantal (casussen)', 12]);
    expect(about.some((row) => String(row[1]).includes('niet getoond'))).toBe(true);
  });
});
