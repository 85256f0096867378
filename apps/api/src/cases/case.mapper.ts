import { projectCase, type Case, type CaseChangeSchema, type CaseContent, type CaseFields } from '@leerkring/domain';
import type { z } from 'zod';
import { toReference } from '../organisations/organisation.mapper.js';
import type { CaseChangeEntity } from './case-change.entity.js';
import type { CaseEntity } from './case.entity.js';

/** `content` is `coded` for managers: the domain's projection leaves them the coded fields and no free text. */
export function toCase(entity: CaseEntity, content: CaseContent): Case {
  return projectCase(
    {
      id: entity.id,
      buildingTeam: toReference(entity.buildingTeam),
      title: entity.title,
      narrative: entity.narrative,
      presentingQuestion: entity.presentingQuestion,
      presentingDimensions: entity.presentingDimensions,
      underlyingQuestion: entity.underlyingQuestion,
      underlyingDimensions: entity.underlyingDimensions,
      lifeDomains: entity.lifeDomains,
      underlyingLifeDomains: entity.underlyingLifeDomains,
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
    },
    content,
  );
}

export function toCaseChange(change: CaseChangeEntity): z.infer<typeof CaseChangeSchema> {
  return {
    id: change.id,
    changedAt: change.changedAt.toISOString(),
    changedBy: { id: change.changedBy.id, name: change.changedBy.name },
    fields: change.fields,
  };
}

/** The columns a set of case fields changes; fields left out stay as they are. */
export function toCaseColumns(fields: CaseFields): Partial<CaseEntity> {
  const columns: Partial<CaseEntity> = {};
  const nullable = [
    'narrative',
    'presentingQuestion',
    'underlyingQuestion',
    'ageGroup',
    'diagnosis',
    'familyMembers',
  ] as const;
  if (fields.title !== undefined) columns.title = fields.title;
  for (const field of nullable) if (fields[field] !== undefined) columns[field] = fields[field] || null;
  if (fields.professionalsInvolved !== undefined) columns.professionalsInvolved = fields.professionalsInvolved;
  if (fields.caseDirectorOrganisationId !== undefined)
    columns.caseDirectorOrganisationId = fields.caseDirectorOrganisationId;
  for (const list of [
    'presentingDimensions',
    'underlyingDimensions',
    'lifeDomains',
    'underlyingLifeDomains',
    'organisationTypesInvolved',
    'legalFrameworks',
  ] as const) {
    if (fields[list] !== undefined) (columns as Record<string, unknown>)[list] = fields[list];
  }
  return columns;
}
