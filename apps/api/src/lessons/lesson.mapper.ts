import type { Lesson } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { LessonEntity } from './lesson.entity.js';

export function toLesson(entity: LessonEntity): Lesson {
  return {
    id: entity.id,
    buildingTeam: toReference(entity.buildingTeam),
    text: entity.text,
    caseIds: entity.caseIds,
    sessionIds: entity.sessionIds,
    dimensions: entity.dimensions,
    theme: entity.theme,
    followUp: entity.followUp,
    status: entity.status,
    recordedBy: toReference(entity.recordedBy),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
