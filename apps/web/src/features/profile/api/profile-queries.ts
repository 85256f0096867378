import { listMyApiTokens, listMyRecordAccess } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const myApiTokensKey = ['me', 'api-tokens'] as const;

/** My personal API tokens (without the tokens themselves). */
export function myApiTokensQueryOptions() {
  return queryOptions({
    queryKey: myApiTokensKey,
    queryFn: ({ signal }) => callApi(listMyApiTokens, {}, { signal }),
  });
}

/** Who accessed records that concern me, newest first. */
export function myRecordAccessQueryOptions({ page, pageSize }: { page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['me', 'record-access', { page, pageSize }],
    queryFn: ({ signal }) => callApi(listMyRecordAccess, { query: { page, pageSize } }, { signal }),
  });
}
