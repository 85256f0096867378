import {
  createLearningGroupSession,
  listIntervisionSessions,
  listLearningGroupSessionCandidates,
  type OperationRequest,
} from '@leerkring/domain';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** The meetings of a learning group, latest first. */
export function learningGroupSessionsQueryOptions(learningGroupId: string) {
  const query = { learningGroupId, page: 1, pageSize: 50 };
  return queryOptions({
    queryKey: ['intervision-sessions', 'list', query],
    queryFn: ({ signal }) => callApi(listIntervisionSessions, { query }, { signal }),
  });
}

/** The group's members its coordinator chooses a meeting's people from. */
export function learningGroupCandidatesQueryOptions(learningGroupId: string) {
  return queryOptions({
    queryKey: ['intervision-sessions', 'group-candidates', learningGroupId],
    queryFn: ({ signal }) => callApi(listLearningGroupSessionCandidates, { params: { learningGroupId } }, { signal }),
  });
}

/** Plan a meeting of a learning group. */
export function usePlanLearningGroupSession(learningGroupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OperationRequest<typeof createLearningGroupSession>['body']) =>
      callApi(createLearningGroupSession, { params: { learningGroupId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['intervision-sessions'], refetchType: 'all' }),
  });
}
