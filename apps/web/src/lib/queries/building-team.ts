import { getBuildingTeam } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api-client';

/** One bouwteam with its municipality and partners. */
export function buildingTeamQueryOptions(buildingTeamId: string) {
  return queryOptions({
    queryKey: ['building-teams', 'one', buildingTeamId],
    queryFn: ({ signal }) => callApi(getBuildingTeam, { params: { buildingTeamId } }, { signal }),
  });
}
