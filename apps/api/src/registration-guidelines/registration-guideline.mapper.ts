import type { RegistrationGuideline } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { RegistrationGuidelineEntity } from './registration-guideline.entity.js';

export function toGuideline(entity: RegistrationGuidelineEntity): RegistrationGuideline {
  return {
    id: entity.id,
    buildingTeam: toReference(entity.buildingTeam),
    version: entity.version,
    status: entity.status,
    clauses: entity.clauses,
    changelog: entity.changelog,
    lessonIds: entity.lessonIds,
    inForceSince: entity.inForceSince?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
  };
}
