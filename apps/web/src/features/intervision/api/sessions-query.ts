import { listIntervisionSessions } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** One page of a bouwteam's intervision sessions. */
export function intervisionSessionsQueryOptions(query: { buildingTeamId: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['intervision-sessions', 'list', query],
    queryFn: ({ signal }) => callApi(listIntervisionSessions, { query }, { signal }),
  });
}
