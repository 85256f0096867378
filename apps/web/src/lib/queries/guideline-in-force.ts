import { listRegistrationGuidelines } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api-client';

/** The registration guideline in force for a bouwteam, or null when it has none. */
export function guidelineInForceQueryOptions(buildingTeamId: string) {
  return queryOptions({
    queryKey: ['registration-guidelines', 'in-force', buildingTeamId],
    queryFn: async ({ signal }) =>
      (
        await callApi(
          listRegistrationGuidelines,
          { query: { buildingTeamId, status: 'in-force', page: 1, pageSize: 1 } },
          { signal },
        )
      ).items[0] ?? null,
  });
}
