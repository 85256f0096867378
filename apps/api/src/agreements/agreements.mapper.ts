import {
  formatVersionNumber,
  isInForce,
  type Agreement,
  type AgreementVersion,
  type AgreementVersionHistory,
  type ClauseSource,
  type ConsentRound,
} from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type {
  AgreementConsentEntity,
  AgreementEntity,
  AgreementVersionChangeEntity,
  AgreementVersionEntity,
} from './agreement.entity.js';

/** The bouwteam or learning group an agreement belongs to (exactly one; a CHECK constraint keeps it so). */
export function contextOf(agreement: Pick<AgreementEntity, 'buildingTeamId' | 'learningGroupId'>): {
  type: 'building-team' | 'learning-group';
  id: string;
} {
  return agreement.buildingTeamId
    ? { type: 'building-team', id: agreement.buildingTeamId }
    : { type: 'learning-group', id: agreement.learningGroupId! };
}

export function toVersion(entity: AgreementVersionEntity): AgreementVersion {
  return {
    id: entity.id,
    agreementId: entity.agreementId,
    number: formatVersionNumber(entity),
    status: entity.status,
    clauses: entity.clauses.map((clause) => ({
      ...clause,
      lessonIds: clause.lessonIds ?? [],
      iterationIds: clause.iterationIds ?? [],
    })),
    changelog: entity.changelog,
    revision: entity.revision,
    consentRound: entity.consentRound,
    basedOnVersionId: entity.basedOnVersionId,
    validFrom: entity.validFrom,
    validUntil: entity.validUntil,
    ...(entity.reviewDate ? { reviewDate: entity.reviewDate } : {}),
    createdBy: toReference(entity.createdBy),
    updatedBy: toReference(entity.updatedBy),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export const toVersionSummary = (version: AgreementVersionEntity) => ({
  id: version.id,
  number: formatVersionNumber(version),
  status: version.status,
  ...(version.reviewDate ? { reviewDate: version.reviewDate } : {}),
});

export const byNumberDesc = (a: AgreementVersionEntity, b: AgreementVersionEntity) =>
  b.major - a.major || b.minor - a.minor;

export function toAgreement(entity: AgreementEntity, versions: AgreementVersionEntity[]): Agreement {
  const sorted = [...versions].sort(byNumberDesc);
  const inForce = sorted.find((version) => isInForce(version.status));
  return {
    id: entity.id,
    context: { ...contextOf(entity), name: entity.buildingTeam?.name ?? entity.learningGroup?.name ?? '' },
    title: entity.title,
    scope: entity.scope,
    decisionRule: entity.decisionRule,
    versionInForce: inForce ? toVersionSummary(inForce) : null,
    latestVersion: toVersionSummary(sorted[0]!),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toConsent(
  consent: AgreementConsentEntity,
  currentRound: number,
  regionNames: ReadonlyMap<string, string> = new Map(),
): ConsentRound['items'][number] {
  return {
    id: consent.id,
    round: consent.round,
    organisation: toReference(consent.organisation),
    region: consent.regionId ? { id: consent.regionId, name: regionNames.get(consent.regionId) ?? '—' } : null,
    stance: consent.stance,
    reason: consent.reason,
    current: consent.current && consent.round === currentRound,
    givenBy: consent.givenBy ? toReference(consent.givenBy) : null,
    givenAt: consent.givenAt.toISOString(),
  };
}

export function toVersionChange(change: AgreementVersionChangeEntity): AgreementVersionHistory['items'][number] {
  return {
    id: change.id,
    revision: change.revision,
    kind: change.kind,
    fields: change.fields,
    clauseIds: change.clauseIds,
    status: change.status,
    changedBy: toReference(change.changedBy),
    changedAt: change.changedAt.toISOString(),
  };
}

/** The clauses of a version that name one of `ids` under `key`, each as a source in the leerlijn. */
export function toClauseSources(
  version: AgreementVersionEntity,
  key: 'lessonIds' | 'iterationIds',
  ids: ReadonlySet<string>,
): ClauseSource[] {
  return version.clauses
    .filter((clause) => (clause[key] ?? []).some((id) => ids.has(id)))
    .map((clause) => ({
      agreement: toReference({ id: version.agreement.id, name: version.agreement.title }),
      version: toVersionSummary(version),
      clauseId: clause.id,
      clauseTitle: clause.title,
      lessonIds: clause.lessonIds ?? [],
      iterationIds: clause.iterationIds ?? [],
    }));
}
