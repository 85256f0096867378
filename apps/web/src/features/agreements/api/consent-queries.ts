import { listAgreements } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { agreementsKeyRoot } from './agreement-queries';

// The agreement, its versions and the consent round are read with the factories of `agreement-queries.ts`, so the
// version page, the live consent round and a decision share one cache entry each; this file holds what only the
// consent and review views ask.

/** Agreements whose version in force is due for review within `days` days, or overdue; of one bouwteam or learning group, or all the caller reads. */
export function reviewDueAgreementsQueryOptions(query: {
  days: number;
  buildingTeamId?: string;
  learningGroupId?: string;
}) {
  const { days, ...context } = query;
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'review-due', query],
    queryFn: ({ signal }) =>
      callApi(listAgreements, { query: { ...context, reviewDueWithinDays: days, page: 1, pageSize: 20 } }, { signal }),
  });
}
