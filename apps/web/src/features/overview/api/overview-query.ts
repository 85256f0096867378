import { getOverview } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** The counts on the start page. */
export function overviewQueryOptions() {
  return queryOptions({
    queryKey: ['overview'],
    queryFn: ({ signal }) => callApi(getOverview, {}, { signal }),
  });
}
