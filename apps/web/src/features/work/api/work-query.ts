import { getMyWork } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** What waits for the signed-in person: the start page's work list. */
export function myWorkQueryOptions() {
  return queryOptions({
    queryKey: ['me', 'work'],
    queryFn: ({ signal }) => callApi(getMyWork, {}, { signal }),
  });
}
