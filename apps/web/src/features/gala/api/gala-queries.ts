import {
  getGalaDashboard,
  getGalaPlan,
  getRegion,
  listGalaAlerts,
  listGalaTaxonomy,
  type GalaDashboardQuery,
  type GalaTaxonomyKind,
} from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Every GALA query key starts here, so a stored plan can refresh them all. */
export const galaKeyRoot = ['gala'] as const;

/** A region's dashboard: coverage, budget, milestones, expiring vouchers, hours and reviews, as of today. */
export function galaDashboardQueryOptions(regionId: string, query: GalaDashboardQuery) {
  return queryOptions({
    queryKey: [...galaKeyRoot, 'dashboard', regionId, query],
    queryFn: ({ signal }) => callApi(getGalaDashboard, { params: { regionId }, query }, { signal }),
  });
}

/** One plan, with its revision for `If-Match`. */
export function galaPlanQueryOptions(planId: string) {
  return queryOptions({
    queryKey: [...galaKeyRoot, 'plan', planId],
    queryFn: ({ signal }) => callApi(getGalaPlan, { params: { planId } }, { signal }),
  });
}

/** The alerts of every region the person coordinates, most urgent first. */
export function galaAlertsQueryOptions() {
  return queryOptions({
    queryKey: [...galaKeyRoot, 'alerts'],
    queryFn: ({ signal }) => callApi(listGalaAlerts, {}, { signal }),
  });
}

/** The goals, chain approaches or SPUK budget blocks (retired ones too); they change rarely. */
export function galaTaxonomyQueryOptions(kind: GalaTaxonomyKind) {
  return queryOptions({
    queryKey: [...galaKeyRoot, 'taxonomy', kind],
    queryFn: ({ signal }) => callApi(listGalaTaxonomy, { params: { kind } }, { signal }),
    staleTime: 10 * 60_000,
  });
}

/** A region with its municipalities, for the dashboard's filter. */
export function regionQueryOptions(regionId: string) {
  return queryOptions({
    queryKey: ['regions', 'one', regionId],
    queryFn: ({ signal }) => callApi(getRegion, { params: { regionId } }, { signal }),
  });
}
