import { clauseReasons, versionLessonIds, type RegistrationGuideline } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { GuidelineClauseLessonEntity } from './guideline-clause-lesson.entity.js';
import type { RegistrationGuidelineEntity } from './registration-guideline.entity.js';

/** A version with, per clause, the lessons that led to it (`clauseLessons`: rows of this version, in order). */
export function toGuideline(
  entity: RegistrationGuidelineEntity,
  clauseLessons: readonly GuidelineClauseLessonEntity[],
): RegistrationGuideline {
  const clauses = entity.clauses.map((clause) => {
    const lessons = clauseLessons
      .filter((row) => row.guidelineId === entity.id && row.field === clause.field)
      .map((row) => row.lesson);
    return { ...clause, lessonIds: lessons.map((lesson) => lesson.id), reasons: clauseReasons(lessons) };
  });
  return {
    id: entity.id,
    buildingTeam: toReference(entity.buildingTeam),
    version: entity.version,
    status: entity.status,
    clauses,
    changelog: entity.changelog,
    lessonIds: versionLessonIds({ lessonIds: entity.lessonIds, clauses }),
    inForceSince: entity.inForceSince?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
  };
}
