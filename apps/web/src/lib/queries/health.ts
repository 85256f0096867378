import { getHealth } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api-client';

/** Whether the API runs in demo mode; it does not change while the page is open. */
export function healthQueryOptions() {
  return queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => callApi(getHealth, {}, { signal }),
    staleTime: Infinity,
    retry: false,
  });
}
