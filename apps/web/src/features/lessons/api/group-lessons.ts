import {
  createLearningGroupLesson,
  listIntervisionSessions,
  listLearningGroupLessons,
  listLearningGroups,
  shareLesson,
  withdrawGroupLesson,
  type GroupLesson,
  type GroupLessonCreate,
} from '@leerkring/domain';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { callApi } from '../../../lib/api-client';

const groupLessonsKey = (learningGroupId: string) => ['group-lessons', learningGroupId] as const;

/** The lessons of a learning group: its own and those shared into it, newest first. */
export function learningGroupLessonsQueryOptions(learningGroupId: string) {
  return queryOptions({
    queryKey: groupLessonsKey(learningGroupId),
    queryFn: ({ signal }) => callApi(listLearningGroupLessons, { params: { learningGroupId } }, { signal }),
  });
}

/** The learning groups the caller is part of, to share a lesson into. */
export function myLearningGroupsQueryOptions() {
  const query = { page: 1, pageSize: 100 };
  return queryOptions({
    queryKey: ['learning-groups', 'list', query],
    queryFn: ({ signal }) => callApi(listLearningGroups, { query }, { signal }),
  });
}

/** Record a lesson of the group. */
export function useCreateGroupLesson(learningGroupId: string, { onSuccess }: AfterChange<GroupLesson> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupLessonCreate) => callApi(createLearningGroupLesson, { params: { learningGroupId }, body }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: groupLessonsKey(learningGroupId) });
      await onSuccess?.(created);
    },
  });
}

/** Withdraw a lesson shared into a group. */
export function useWithdrawGroupLesson(learningGroupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupLessonId: string) => callApi(withdrawGroupLesson, { params: { groupLessonId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupLessonsKey(learningGroupId) }),
  });
}

/** Share a bouwteam lesson into a learning group. */
export function useShareLesson(lessonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (learningGroupId: string) => callApi(shareLesson, { params: { lessonId }, body: { learningGroupId } }),
    onSuccess: (shared) => queryClient.invalidateQueries({ queryKey: groupLessonsKey(shared.learningGroup.id) }),
  });
}

/** The ended meetings of a learning group, that a lesson of the group can come from. */
export function endedGroupMeetingsQueryOptions(learningGroupId: string) {
  const query = { learningGroupId, status: 'ended' as const, page: 1, pageSize: 50 };
  return queryOptions({
    queryKey: ['intervision-sessions', 'list', query],
    queryFn: ({ signal }) => callApi(listIntervisionSessions, { query }, { signal }),
  });
}
