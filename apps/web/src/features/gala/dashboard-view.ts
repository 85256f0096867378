import {
  galaPeriodBounds,
  type ChainApproachStatus,
  type GalaDashboard,
  type GalaDashboardQuery,
  type Language,
} from '@leerkring/domain';

/** The dashboard's filters in the address: `?gemeente=<id>&jaar=2025`. */
export const filterParams = { municipality: 'gemeente', year: 'jaar' } as const;

/** The years a plan can cover, for the year filter. */
export const galaYears: readonly number[] = Array.from(
  { length: galaPeriodBounds.endYear - galaPeriodBounds.startYear + 1 },
  (_, index) => galaPeriodBounds.startYear + index,
);

/** The filters as the address holds them; a year outside the GALA period or a malformed one is left out. */
export function filtersOf(search: URLSearchParams): GalaDashboardQuery {
  const filters: GalaDashboardQuery = {};
  const municipalityId = search.get(filterParams.municipality)?.trim();
  if (municipalityId) filters.municipalityId = municipalityId;
  const year = Number(search.get(filterParams.year));
  if (galaYears.includes(year)) filters.year = year;
  return filters;
}

/** The address's search part for the filters, keeping other parameters. */
export function searchWith(search: URLSearchParams, filters: GalaDashboardQuery): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete(filterParams.municipality);
  next.delete(filterParams.year);
  if (filters.municipalityId) next.set(filterParams.municipality, filters.municipalityId);
  if (filters.year !== undefined) next.set(filterParams.year, String(filters.year));
  return next;
}

export interface CoverageRow {
  planId: string;
  /** Null for the plan of the region as a whole. */
  municipality: string | null;
  goals: { code: string; covered: boolean }[];
  chainApproaches: { code: string; status: ChainApproachStatus | null }[];
}

/** The matrix of municipalities against the goals and chain approaches, in the dashboard's column order. */
export function coverageRows(dashboard: Pick<GalaDashboard, 'coverage' | 'goals' | 'chainApproaches'>): CoverageRow[] {
  return dashboard.coverage
    .map((row) => ({
      planId: row.planId,
      municipality: row.municipality?.name ?? null,
      goals: dashboard.goals.map(({ code }) => ({ code, covered: row.goals[code] === true })),
      chainApproaches: dashboard.chainApproaches.map(({ code }) => ({
        code,
        status: row.chainApproaches[code] ?? null,
      })),
    }))
    .sort((a, b) =>
      a.municipality === null ? 1 : b.municipality === null ? -1 : a.municipality.localeCompare(b.municipality, 'nl'),
    );
}

export interface BlockBudget {
  block: string;
  label: string;
  years: { year: number; plannedCents: number; spentCents: number }[];
  plannedCents: number;
  spentCents: number;
}

/** The budget per SPUK block, each with its years in order and its totals; blocks without figures are left out. */
export function budgetByBlock(
  dashboard: Pick<GalaDashboard, 'budget' | 'budgetBlocks'>,
  language: Language,
): BlockBudget[] {
  const known = dashboard.budgetBlocks.map((item) => item.code);
  const extra = [...new Set(dashboard.budget.map((line) => line.block))].filter((code) => !known.includes(code));
  return [...known, ...extra].flatMap((block) => {
    const lines = dashboard.budget.filter((line) => line.block === block).sort((a, b) => a.year - b.year);
    if (lines.length === 0) return [];
    const label = dashboard.budgetBlocks.find((item) => item.code === block)?.label[language] ?? block;
    return [
      {
        block,
        label,
        years: lines.map(({ year, plannedCents, spentCents }) => ({ year, plannedCents, spentCents })),
        plannedCents: lines.reduce((sum, line) => sum + line.plannedCents, 0),
        spentCents: lines.reduce((sum, line) => sum + line.spentCents, 0),
      },
    ];
  });
}

/** The share of the planned amount that was spent, as a whole percentage; null when nothing was planned. */
export function spentShare({ plannedCents, spentCents }: { plannedCents: number; spentCents: number }): number | null {
  return plannedCents === 0 ? null : Math.round((spentCents / plannedCents) * 100);
}
