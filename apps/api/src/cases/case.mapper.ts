import type { Case } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { CaseEntity } from './case.entity.js';

/** `withNarrative` is false for managers: they see what a case is about, never its story. */
export function toCase(entity: CaseEntity, { withNarrative }: { withNarrative: boolean }): Case {
  return {
    id: entity.id,
    buildingTeam: toReference(entity.buildingTeam),
    title: entity.title,
    narrative: withNarrative ? entity.narrative : null,
    presentingQuestion: entity.presentingQuestion,
    presentingDimensions: entity.presentingDimensions,
    underlyingQuestion: entity.underlyingQuestion,
    underlyingDimensions: entity.underlyingDimensions,
    lifeDomains: entity.lifeDomains,
    professionalsInvolved: entity.professionalsInvolved,
    organisationTypesInvolved: entity.organisationTypesInvolved,
    legalFrameworks: entity.legalFrameworks,
    caseDirectorOrganisation: entity.caseDirectorOrganisation ? toReference(entity.caseDirectorOrganisation) : null,
    ageGroup: entity.ageGroup,
    diagnosis: entity.diagnosis,
    familyMembers: entity.familyMembers,
    status: entity.status,
    broughtInBy: toReference(entity.broughtInBy),
    organisation: toReference(entity.organisation),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
