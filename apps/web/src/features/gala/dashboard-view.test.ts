import type { GalaDashboard, GalaTaxonomyItem } from '@leerkring/domain';
import { describe, expect, it } from 'vitest';
import { budgetByBlock, coverageRows, filtersOf, searchWith, spentShare } from './dashboard-view';

const item = (kind: GalaTaxonomyItem['kind'], code: string, nl: string): GalaTaxonomyItem => ({
  kind,
  code,
  label: { nl, en: `${nl} (en)` },
  retiredAt: null,
});
const goals = [item('goal', 'social-basis', 'Sociale basis'), item('goal', 'vital-ageing', 'Vitaal ouder worden')];
const chainApproaches = [item('chain-approach', 'fall-prevention', 'Valpreventie')];
const budgetBlocks = [
  item('budget-block', 'sport-exercise-culture', 'Sport'),
  item('budget-block', 'health-social-basis', 'Gezondheid'),
];

describe('the dashboard filters in the address', () => {
  it('reads municipality and year, leaving out a year outside the GALA period or no year at all', () => {
    expect(filtersOf(new URLSearchParams('gemeente=abc&jaar=2025'))).toEqual({ municipalityId: 'abc', year: 2025 });
    expect(filtersOf(new URLSearchParams('jaar=2031'))).toEqual({});
    expect(filtersOf(new URLSearchParams('jaar=twee&gemeente='))).toEqual({});
  });

  it('writes them back, keeping other parameters and dropping a filter set to all', () => {
    const search = new URLSearchParams('gemeente=abc&jaar=2024&x=1');
    expect(searchWith(search, { year: 2026 }).toString()).toBe('x=1&jaar=2026');
    expect(searchWith(search, {}).toString()).toBe('x=1');
  });
});

describe('the coverage matrix', () => {
  it('puts every goal and chain approach in column order, with municipalities by name and the region last', () => {
    const rows = coverageRows({
      goals,
      chainApproaches,
      coverage: [
        { planId: 'p0', municipality: null, goals: { 'vital-ageing': true }, chainApproaches: {} },
        {
          planId: 'p2',
          municipality: { id: 'm2', name: 'Winterswijk' },
          goals: { 'social-basis': true, 'vital-ageing': false },
          chainApproaches: { 'fall-prevention': 'running' },
        },
        { planId: 'p1', municipality: { id: 'm1', name: 'Aalten' }, goals: {}, chainApproaches: {} },
      ],
    });
    expect(rows.map((row) => row.municipality)).toEqual(['Aalten', 'Winterswijk', null]);
    expect(rows[1]).toEqual({
      planId: 'p2',
      municipality: 'Winterswijk',
      goals: [
        { code: 'social-basis', covered: true },
        { code: 'vital-ageing', covered: false },
      ],
      chainApproaches: [{ code: 'fall-prevention', status: 'running' }],
    });
    expect(rows[0]!.chainApproaches).toEqual([{ code: 'fall-prevention', status: null }]);
  });
});

describe('the budget per block', () => {
  const budget: GalaDashboard['budget'] = [
    { block: 'health-social-basis', year: 2024, plannedCents: 300, spentCents: 150 },
    { block: 'sport-exercise-culture', year: 2024, plannedCents: 200, spentCents: 200 },
    { block: 'sport-exercise-culture', year: 2023, plannedCents: 100, spentCents: 90 },
    { block: 'retired-block', year: 2023, plannedCents: 50, spentCents: 0 },
  ];

  it('groups the years per block in the list order, with totals; a block no longer listed comes last by its code', () => {
    const blocks = budgetByBlock({ budget, budgetBlocks }, 'nl');
    expect(blocks.map((block) => [block.block, block.label])).toEqual([
      ['sport-exercise-culture', 'Sport'],
      ['health-social-basis', 'Gezondheid'],
      ['retired-block', 'retired-block'],
    ]);
    expect(blocks[0]).toMatchObject({
      years: [
        { year: 2023, plannedCents: 100, spentCents: 90 },
        { year: 2024, plannedCents: 200, spentCents: 200 },
      ],
      plannedCents: 300,
      spentCents: 290,
    });
    expect(budgetByBlock({ budget, budgetBlocks }, 'en')[0]!.label).toBe('Sport (en)');
  });

  it('leaves out blocks without figures', () => {
    expect(budgetByBlock({ budget: [], budgetBlocks }, 'nl')).toEqual([]);
  });

  it('tells the share spent as a whole percentage, none when nothing was planned', () => {
    expect(spentShare({ plannedCents: 300, spentCents: 290 })).toBe(97);
    expect(spentShare({ plannedCents: 0, spentCents: 10 })).toBeNull();
  });
});
