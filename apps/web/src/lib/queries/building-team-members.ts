import { listMemberships } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api-client';

/** The people holding a role in a bouwteam (the first 100); only administrators may read memberships. */
export function buildingTeamMembersQueryOptions(buildingTeamId: string) {
  return queryOptions({
    queryKey: [
      'memberships',
      'list',
      { contextType: 'building-team', contextId: buildingTeamId, page: 1, pageSize: 100 },
    ],
    queryFn: ({ signal }) =>
      callApi(
        listMemberships,
        { query: { contextType: 'building-team', contextId: buildingTeamId, page: 1, pageSize: 100 } },
        { signal },
      ),
  });
}
