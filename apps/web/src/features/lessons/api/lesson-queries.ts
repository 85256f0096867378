import { listSystemObstacles } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** One page of a bouwteam's system obstacles. */
export function systemObstaclesQueryOptions(query: { buildingTeamId: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['system-obstacles', 'list', query],
    queryFn: ({ signal }) => callApi(listSystemObstacles, { query }, { signal }),
  });
}
