import { getCase, listCases, type CaseListQuery } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api-client';

// Shared: cases are listed and linked from the cases, lessons, guidelines and intervision features and the bouwteam home.

export type CasesQuery = Partial<Omit<CaseListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

/** One page of cases, filtered. */
export function casesQueryOptions(query: CasesQuery) {
  return queryOptions({
    queryKey: ['cases', 'list', query],
    queryFn: ({ signal }) => callApi(listCases, { query }, { signal }),
  });
}

/** One case; managers get it without its narrative. */
export function caseQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ['cases', 'one', caseId],
    queryFn: ({ signal }) => callApi(getCase, { params: { caseId } }, { signal }),
  });
}
