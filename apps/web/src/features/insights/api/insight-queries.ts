import {
  exportInsightCsv,
  exportInsightXlsx,
  getInsight,
  listRegions,
  maxPageSize,
  type InsightFilters,
  type InsightKind,
} from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi, operationUrl } from '../../../lib/api-client';

/** One insight of a bouwteam: counts only, through the API's disclosure control. */
export function insightQueryOptions(insight: InsightKind, filters: InsightFilters) {
  return queryOptions({
    queryKey: ['insights', insight, filters],
    queryFn: ({ signal }) => callApi(getInsight, { params: { insight }, query: filters }, { signal }),
  });
}

/** Where the browser downloads the insight as XLSX and CSV, with the same filters. */
export function insightExportUrls(insight: InsightKind, filters: InsightFilters, language: 'nl' | 'en') {
  const url = (operation: typeof exportInsightXlsx | typeof exportInsightCsv) =>
    operationUrl(operation, { ...filters, language }).replace('{insight}', insight);
  return { xlsx: url(exportInsightXlsx), csv: url(exportInsightCsv) };
}

/** The regions the caller may see, as choices for the region filter (a region's bouwteams the caller may see count). */
export function regionChoicesQueryOptions() {
  return queryOptions({
    queryKey: ['regions', 'choices'],
    queryFn: async ({ signal }) =>
      (await callApi(listRegions, { query: { page: 1, pageSize: maxPageSize } }, { signal })).items.map(
        ({ id, name }) => ({ id, name }),
      ),
  });
}
