import { getCaseHistory } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Who changed which fields of a case, and when. */
export function caseHistoryQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ['cases', 'history', caseId],
    queryFn: ({ signal }) => callApi(getCaseHistory, { params: { caseId } }, { signal }),
  });
}
