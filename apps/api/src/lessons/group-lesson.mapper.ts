import type { GroupLesson } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { GroupLessonEntity } from './group-lesson.entity.js';

/** A group's lesson for one reader: `mayWithdraw` for its sharer or an administrator. */
export function toGroupLesson(entity: GroupLessonEntity, viewer: { personId: string; isAdmin: boolean }): GroupLesson {
  const shared = entity.sharedFromTeam !== null;
  return {
    id: entity.id,
    learningGroup: toReference(entity.learningGroup),
    text: entity.text,
    sessionIds: entity.sessionIds,
    dimensions: entity.dimensions,
    theme: entity.theme,
    sharedFrom:
      entity.sharedFromTeam && entity.sharedFromLessonId
        ? { lessonId: entity.sharedFromLessonId, buildingTeam: toReference(entity.sharedFromTeam) }
        : null,
    sharedBy: entity.sharedBy ? toReference(entity.sharedBy) : null,
    recordedBy: toReference(entity.recordedBy),
    mayWithdraw: shared && (viewer.isAdmin || entity.sharedById === viewer.personId),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
