import { getLearningGroup } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api-client';

/** One learning group with its regions and members, each with the region they represent. */
export function learningGroupQueryOptions(learningGroupId: string) {
  return queryOptions({
    queryKey: ['learning-groups', 'one', learningGroupId],
    queryFn: ({ signal }) => callApi(getLearningGroup, { params: { learningGroupId } }, { signal }),
  });
}
