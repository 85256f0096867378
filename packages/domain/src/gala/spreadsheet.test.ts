import { describe, expect, it } from 'vitest';
import {
  assembleGalaImport,
  galaImportSheets,
  galaPlanSheetRows,
  galaTaxonomySeed,
  readCalendarDate,
  readGalaImportSheet,
  type GalaImportSheetKey,
} from '../index.js';

const headers = (sheet: GalaImportSheetKey) => galaImportSheets[sheet].columns.map((column) => column.header);
const regionId = 'region-achterhoek';
const municipalities = [
  { id: 'doetinchem', name: 'Gemeente Doetinchem' },
  { id: 'winterswijk', name: 'Gemeente Winterswijk' },
];
const partners = [{ id: 'sportbedrijf', name: 'Sportbedrijf Achterhoek' }];
const taxonomy = galaTaxonomySeed();
const period = { startYear: 2023, endYear: 2026 };

describe('reading a sheet', () => {
  it('reads the budget rows: euros into cents, Dutch amounts, formula results, blank spent as zero, empty rows skipped', () => {
    const { rows, errors } = readGalaImportSheet({
      sheet: 'budget',
      rows: [
        headers('budget'),
        ['Gemeente Doetinchem', 'sport-exercise-culture', 2024, 125_000.5, 99_999.99, null],
        ['Doetinchem', 'Gezondheid en sociale basis', '2025', '€ 1.250,50', { formula: 'B2*2', result: 10 }, ''],
        [null, '', null, null, null, null],
        ['Regio als geheel', 'supporting-parts', 2024, 500, null, null],
      ],
    });
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.row, row.value.plannedCents, row.value.spentCents])).toEqual([
      [2, 12_500_050, 9_999_999],
      [3, 125_050, 1_000],
      [5, 50_000, 0],
    ]);
  });

  it('finds the columns by their header, in any order', () => {
    const [first, ...rest] = headers('actions');
    const { rows } = readGalaImportSheet({
      sheet: 'actions',
      rows: [
        [...rest, first],
        [
          'Beweegmakelaar aanstellen',
          'Sportbedrijf Achterhoek',
          'loopt',
          new Date('2025-03-01T00:00:00Z'),
          'Doetinchem',
        ],
      ],
    });
    expect(rows[0]!.value).toEqual({
      municipality: 'Doetinchem',
      what: 'Beweegmakelaar aanstellen',
      partner: 'Sportbedrijf Achterhoek',
      status: 'running',
      dueDate: '2025-03-01',
    });
  });

  it('reports every wrong cell by row and column header, and a missing column once', () => {
    const { errors } = readGalaImportSheet({
      sheet: 'budget',
      rows: [
        headers('budget'),
        ['Doetinchem', 'sport-exercise-culture', 'volgend jaar', -5, 1.005, null],
        [null, 'sport-exercise-culture', 2024, 10, 10, null],
      ],
    });
    expect(errors.map((error) => `${error.row} ${error.column}`)).toEqual([
      '2 Jaar',
      '2 Begroot (€)',
      '2 Besteed (€)',
      '3 Gemeente',
    ]);
    expect(
      readGalaImportSheet({ sheet: 'milestones', rows: [['Gemeente', 'Mijlpaal']] }).errors.map((e) => e.column),
    ).toEqual(['Code', 'Deadline', 'Status', 'Gestart op', 'Behaald op']);
  });

  it.each([
    [new Date('2025-04-30T00:00:00Z'), '2025-04-30'],
    ['2025-04-30', '2025-04-30'],
    ['30-04-2025', '2025-04-30'],
    ['1/2/2024', '2024-02-01'],
    [45777, '2025-04-30'],
    ['31-02-2025', undefined],
    ['morgen', undefined],
  ])('reads the date %j as %j', (raw, expected) => {
    expect(readCalendarDate(raw)).toBe(expected);
  });
});

describe('assembling the plans of a region', () => {
  const read = <K extends GalaImportSheetKey>(sheet: K, rows: unknown[][]) => {
    const result = readGalaImportSheet({ sheet, rows: [headers(sheet), ...rows] });
    expect(result.errors).toEqual([]);
    return result.rows;
  };

  it('makes one plan per municipality with its budget, milestones and actions', () => {
    const { plans, errors } = assembleGalaImport({
      regionId,
      period,
      budget: read('budget', [
        ['Doetinchem', 'Sport, bewegen en cultuur', 2024, 1000, 900, null],
        ['Winterswijk', 'supporting-parts', 2025, 10, 0, null],
      ]),
      milestones: read('milestones', [
        ['Doetinchem', null, 'Midterm review', '30-04-2025', 'gestart', '2025-03-01', null],
      ]),
      actions: read('actions', [['Doetinchem', 'Valpreventie in drie kernen', 'Sportbedrijf Achterhoek', null, null]]),
      municipalities,
      partners,
      taxonomy,
    });
    expect(errors).toEqual([]);
    expect(plans.map((plan) => plan.municipalityId)).toEqual(['doetinchem', 'winterswijk']);
    const [doetinchem, winterswijk] = plans;
    expect(doetinchem!.draft).toMatchObject({
      regionId,
      budget: [{ block: 'sport-exercise-culture', year: 2024, plannedCents: 100_000, spentCents: 90_000 }],
      milestones: [{ title: 'Midterm review', status: 'started', startedOn: '2025-03-01' }],
      actions: [{ what: 'Valpreventie in drie kernen', partnerOrganisationId: 'sportbedrijf', status: 'planned' }],
    });
    expect(winterswijk!.draft.milestones).toHaveLength(5);
  });

  it('reports unknown names and broken plan rules on the row they came from', () => {
    const { errors } = assembleGalaImport({
      regionId,
      period,
      budget: read('budget', [
        ['Doetinchem', 'sport-exercise-culture', 2024, 100, 200, null],
        ['Zutphen', 'sport-exercise-culture', 2024, 100, 0, null],
        ['Doetinchem', 'huisvesting', 2024, 100, 0, null],
        ['Doetinchem', 'supporting-parts', 2030, 100, 0, null],
        ['Doetinchem', 'sport-exercise-culture', 2024, 5, 0, null],
      ]),
      milestones: read('milestones', [
        ['Doetinchem', null, 'Plan', '2025-04-30', 'behaald', '2025-03-01', '2025-02-01'],
      ]),
      actions: read('actions', [['Winterswijk', 'Beweegroute', 'Onbekende stichting', 'klaar', null]]),
      municipalities,
      partners,
      taxonomy,
    });
    expect(errors.map((error) => `${error.sheet} ${error.row} ${error.column} ${error.code}`)).toEqual([
      'Begroting 3 Gemeente unknown-municipality',
      'Begroting 4 Bouwsteen unknown-code',
      'Acties 2 Partnerorganisatie unknown-organisation',
      'Begroting 2 Reden overschrijding overspend-without-reason',
      'Begroting 5 Jaar year-outside-period',
      'Begroting 6 null duplicate-budget-line',
      'Mijlpalen 2 Behaald op done-before-started',
    ]);
  });

  it('replaces the budget, milestones and actions of an existing plan and keeps the rest', () => {
    const existing = {
      id: 'plan-1',
      regionId,
      municipalityId: 'doetinchem',
      period: { startYear: 2024, endYear: 2026 },
      goals: ['vital-ageing'],
      chainApproaches: [{ code: 'fall-prevention', status: 'running' as const }],
      actions: [],
      budget: [],
      partnerIds: ['sportbedrijf'],
      milestones: [],
      progressNotes: [{ date: '2024-05-01', text: 'Gestart met de beweegcoalitie.' }],
    };
    const { plans, errors } = assembleGalaImport({
      regionId,
      period,
      budget: read('budget', [['Doetinchem', 'supporting-parts', 2024, 1, 0, null]]),
      milestones: [],
      actions: [],
      municipalities,
      partners,
      taxonomy,
      existingPlans: [existing],
    });
    expect(errors).toEqual([]);
    expect(plans[0]!.draft).toEqual({ ...existing, budget: [expect.objectContaining({ plannedCents: 100 })] });
  });
});

describe('the export', () => {
  it('writes real numbers and dates, neutralises formulas, and reads back into the same plan', () => {
    const plan = {
      municipality: { id: 'doetinchem', name: 'Gemeente Doetinchem' },
      budget: [
        {
          block: 'sport-exercise-culture',
          year: 2024,
          plannedCents: 12_345_678,
          spentCents: 12_345_679,
          overspendReason: '+10% door extra zwemles',
        },
        { block: 'supporting-parts', year: 2025, plannedCents: 0, spentCents: 0, overspendReason: null },
      ],
      milestones: [
        {
          id: 'm1',
          code: 'mid-term-review-2025',
          title: 'Midterm review',
          dueDate: '2025-04-30',
          status: 'done' as const,
          startedOn: '2025-03-01',
          doneOn: '2025-04-28',
        },
      ],
      actions: [
        {
          id: 'a1',
          what: '=Beweegmakelaar aanstellen',
          partner: { id: 'sportbedrijf', name: 'Sportbedrijf Achterhoek' },
          status: 'running' as const,
          dueDate: null,
        },
        {
          id: 'a2',
          what: 'Valpreventie in drie kernen',
          partner: null,
          status: 'dropped' as const,
          dueDate: '2026-12-31',
        },
      ],
    };
    const region = {
      ...plan,
      municipality: null,
      budget: [],
      milestones: [],
      actions: [{ ...plan.actions[1]!, id: 'a3' }],
    };
    const sheets = galaPlanSheetRows({ plans: [plan, region] });
    expect(sheets.budget[1]).toEqual([
      'Gemeente Doetinchem',
      'sport-exercise-culture',
      2024,
      123_456.78,
      123_456.79,
      "'+10% door extra zwemles",
    ]);
    expect(sheets.milestones[1]![3]).toEqual(new Date('2025-04-30T00:00:00Z'));
    expect(sheets.actions[1]![1]).toBe("'=Beweegmakelaar aanstellen");
    expect(sheets.actions[3]![0]).toBe('Regio als geheel');

    const read = <K extends GalaImportSheetKey>(sheet: K) => {
      const result = readGalaImportSheet({ sheet, rows: sheets[sheet] });
      expect(result.errors).toEqual([]);
      return result.rows;
    };
    const { plans, errors } = assembleGalaImport({
      regionId,
      period,
      budget: read('budget'),
      milestones: read('milestones'),
      actions: read('actions'),
      municipalities,
      partners,
      taxonomy,
    });
    expect(errors).toEqual([]);
    const [doetinchem, wholeRegion] = plans;
    expect(doetinchem!.draft.budget).toEqual(plan.budget);
    expect(doetinchem!.draft.milestones).toEqual(plan.milestones.map(({ id: _, ...milestone }) => milestone));
    expect(doetinchem!.draft.actions).toEqual([
      { what: '=Beweegmakelaar aanstellen', partnerOrganisationId: 'sportbedrijf', status: 'running', dueDate: null },
      { what: 'Valpreventie in drie kernen', partnerOrganisationId: null, status: 'dropped', dueDate: '2026-12-31' },
    ]);
    expect(wholeRegion!.municipalityId).toBeNull();
  });
});
