import { describe, expect, it } from 'vitest';
import { csvDocument, galaDashboard, galaExportSheets, galaTaxonomySeed, type GalaPlan } from '../index.js';

const region = { id: 'r', name: 'Achterhoek' };
const plan = {
  municipality: { id: 'aalten', name: 'Gemeente Aalten' },
  budget: [
    { block: 'sport-exercise-culture', year: 2025, plannedCents: 100_050, spentCents: 50_000, overspendReason: null },
  ],
  milestones: [
    {
      id: 'm1',
      code: null,
      title: '@Plan klaar',
      dueDate: '2025-04-10',
      status: 'planned' as const,
      startedOn: null,
      doneOn: null,
    },
  ],
  actions: [{ id: 'a1', what: '-Beweegroute', partner: null, status: 'running' as const, dueDate: null }],
};

describe('the export sheets', () => {
  const dashboard = galaDashboard({
    region,
    plans: [
      {
        ...plan,
        id: 'p1',
        region,
        period: { startYear: 2023, endYear: 2026 },
        goals: [],
        chainApproaches: [],
        partners: [],
        progressNotes: [],
        revision: 1,
        createdAt: '2025-01-01T00:00:00Z',
        updatedAt: '2025-01-01T00:00:00Z',
      } as GalaPlan,
    ],
    vouchers: [],
    reviews: [],
    taxonomy: galaTaxonomySeed(),
    query: {},
    now: new Date('2025-04-01T10:00:00Z'),
  });
  const sheets = galaExportSheets({ plans: [plan], dashboard });

  it('writes numbers as numbers, dates as dates and neutralises text that starts like a formula', () => {
    expect(sheets.budget[1]).toEqual(['Gemeente Aalten', 'sport-exercise-culture', 2025, 1000.5, 500, null]);
    expect(sheets.milestones[1]![2]).toBe("'@Plan klaar");
    expect(sheets.actions[1]![1]).toBe("'-Beweegroute");
    expect(sheets['dashboard-budget'][1]).toEqual(['Sport, bewegen en cultuur', 2025, 1000.5, 500, 50]);
    expect(sheets['dashboard-alerts'][1]).toEqual([
      'Mijlpaal binnenkort',
      'Gemeente Aalten',
      "'@Plan klaar",
      new Date('2025-04-10T00:00:00Z'),
      9,
    ]);
  });
});

describe('a CSV document for Dutch Excel', () => {
  it('starts with a BOM, separates with ;, quotes ; " and line breaks, uses a decimal comma and CRLF', () => {
    const csv = csvDocument({
      rows: [
        ['Naam', 'Bedrag', 'Datum', 'Actief'],
        ['a;b', 1250.5, new Date('2025-04-30T00:00:00Z'), true],
        ['zei "ja"\nen ging', -3, null, false],
        ['=SUM(A1)', 0, undefined, '+31'],
      ],
    });
    expect(csv).toBe(
      '\uFEFFNaam;Bedrag;Datum;Actief\r\n' +
        '"a;b";1250,5;2025-04-30;ja\r\n' +
        '"zei ""ja""\nen ging";-3;;nee\r\n' +
        "'=SUM(A1);0;;'+31\r\n",
    );
  });

  it('keeps text already neutralised as it is', () => {
    expect(csvDocument({ rows: [["'=1"]] })).toBe("\uFEFF'=1\r\n");
  });
});
