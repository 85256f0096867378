import { getCaseHistory } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

// Kept for features/intervision (SessionsPages), which imports it from here until it imports from lib/queries/case.
export { casesQueryOptions } from '../../../lib/queries/case';

/** Who changed which fields of a case, and when. */
export function caseHistoryQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ['cases', 'history', caseId],
    queryFn: ({ signal }) => callApi(getCaseHistory, { params: { caseId } }, { signal }),
  });
}
