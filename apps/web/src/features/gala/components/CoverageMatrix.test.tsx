import type { GalaDashboard, GalaTaxonomyItem } from '@leerkring/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../../test/render-app';
import { budgetByBlock } from '../dashboard-view';
import { BudgetTable } from './BudgetTable';
import { CoverageMatrix } from './CoverageMatrix';

const item = (kind: GalaTaxonomyItem['kind'], code: string, nl: string): GalaTaxonomyItem => ({
  kind,
  code,
  label: { nl, en: nl },
  retiredAt: null,
});

const dashboard: GalaDashboard = {
  region: { id: '00000000-0000-4000-8000-000000000001', name: 'Achterhoek' },
  asOf: '2025-11-20',
  municipalityId: null,
  year: null,
  goals: [item('goal', 'social-basis', 'Sociale basis'), item('goal', 'vital-ageing', 'Vitaal ouder worden')],
  chainApproaches: [
    item('chain-approach', 'fall-prevention', 'Valpreventie'),
    item('chain-approach', 'kansrijke-start', 'Kansrijke Start'),
    item('chain-approach', 'welzijn-op-recept', 'Welzijn op Recept'),
  ],
  budgetBlocks: [item('budget-block', 'supporting-parts', 'Ondersteunende onderdelen')],
  coverage: [
    {
      planId: '00000000-0000-4000-8000-000000000002',
      municipality: { id: '00000000-0000-4000-8000-000000000003', name: 'Gemeente Aalten' },
      goals: { 'social-basis': true, 'vital-ageing': false },
      chainApproaches: { 'fall-prevention': 'embedded', 'kansrijke-start': 'not-started', 'welzijn-op-recept': null },
    },
  ],
  budget: [
    { block: 'supporting-parts', year: 2024, plannedCents: 5_500_000, spentCents: 5_335_000 },
    { block: 'supporting-parts', year: 2025, plannedCents: 5_500_000, spentCents: 4_675_000 },
  ],
  milestonesOverdue: [],
  milestonesDueSoon: [],
  vouchersExpiring: [],
  voucherHours: { hoursGranted: 0, hoursUsed: 0, vouchers: 0 },
  reviewsDue: [],
};

describe('the coverage matrix', () => {
  it('says in words, in every cell, whether a goal is worked on and how far each chain approach is, or that the plan does not name it', () => {
    renderInApp(<CoverageMatrix dashboard={dashboard} />);
    const goals = screen.getByRole('table', { name: 'GALA-doelen per gemeente: werkt het plan eraan?' });
    const row = within(goals).getByRole('row', { name: /Gemeente Aalten/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Ja', 'Nee']);
    expect(within(row).getByRole('link', { name: 'Gemeente Aalten' }).getAttribute('href')).toBe(
      '/gala-plannen/00000000-0000-4000-8000-000000000002',
    );
    const approaches = screen.getByRole('table', { name: 'Ketenaanpakken per gemeente, met hun stand' });
    expect(
      within(approaches)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Gemeente', 'Valpreventie', 'Kansrijke Start', 'Welzijn op Recept']);
    expect(
      within(approaches)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Geborgd', 'Niet gestart', 'Niet in plan']);
  });
});

describe('the budget table', () => {
  it('holds the chart’s figures in euros, per year and in total, with the share spent', () => {
    renderInApp(<BudgetTable blocks={budgetByBlock(dashboard, 'nl')} />);
    const table = screen.getByRole('table', { name: /Budget per SPUK-blok en jaar/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent?.replace(/\s+/g, ' '));
    expect(rows).toEqual([
      'Ondersteunende onderdelen2024€ 55.000,00€ 53.350,0097%',
      'Ondersteunende onderdelen2025€ 55.000,00€ 46.750,0085%',
      'Ondersteunende onderdelenTotaal€ 110.000,00€ 100.100,0091%',
    ]);
  });
});
