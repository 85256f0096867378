import { getMyGalaDigest } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const myGalaDigestKey = ['me', 'gala-digest'] as const;

/** My choice for the daily GALA e-mail. */
export function myGalaDigestQueryOptions() {
  return queryOptions({ queryKey: myGalaDigestKey, queryFn: ({ signal }) => callApi(getMyGalaDigest, {}, { signal }) });
}
