import { listBuildingTeams } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** One page of bouwteams. */
export function buildingTeamsQueryOptions({ page, pageSize }: { page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['building-teams', 'list', { page, pageSize }],
    queryFn: ({ signal }) => callApi(listBuildingTeams, { query: { page, pageSize } }, { signal }),
  });
}
