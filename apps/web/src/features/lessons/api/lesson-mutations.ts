import {
  createLesson,
  updateSystemObstacle,
  type Lesson,
  type LessonCreate,
  type SystemObstacle,
} from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { callApi } from '../../../lib/api-client';

/** Record a lesson, with the cases (and the session) it came from. */
export function useCreateLesson({ onSuccess }: AfterChange<Lesson> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LessonCreate) => callApi(createLesson, { body }),
    onSuccess: async (created) => {
      // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
      await queryClient.invalidateQueries({ queryKey: ['lessons'], refetchType: 'all' });
      await onSuccess?.(created);
    },
  });
}

/** Move a system obstacle one step along its escalation. */
export function useEscalateObstacle(obstacleId: string, { onSuccess }: AfterChange<SystemObstacle> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (escalationStatus: SystemObstacle['escalationStatus']) =>
      callApi(updateSystemObstacle, { params: { obstacleId }, body: { escalationStatus } }),
    onSuccess: async (stored) => {
      await onSuccess?.(stored);
      await queryClient.invalidateQueries({ queryKey: ['system-obstacles'] });
    },
  });
}
