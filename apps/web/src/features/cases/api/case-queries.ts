import { getCase, getCaseHistory, listCases, type CaseListQuery } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

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

/** Who changed which fields of a case, and when. */
export function caseHistoryQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ['cases', 'history', caseId],
    queryFn: ({ signal }) => callApi(getCaseHistory, { params: { caseId } }, { signal }),
  });
}
