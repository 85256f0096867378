import {
  AuthError,
  AuthErrorCode,
  can,
  caseContentFor,
  CaseError,
  CaseErrorCode,
  type CaseContent,
  type Principal,
} from '@leerkring/domain';
import type { CaseEntity } from './case.entity.js';

export const teamContext = (buildingTeamId: string) => ({ type: 'building-team' as const, id: buildingTeamId });

/** A case of a bouwteam the caller is not part of answers as if it did not exist. */
export function visibleOrNotFound(principal: Principal, entity: CaseEntity | null): CaseEntity {
  if (!entity || !can({ principal, permission: 'case:read', context: teamContext(entity.buildingTeamId) })) {
    throw new CaseError(CaseErrorCode.NOT_FOUND, 'Deze casus bestaat niet.');
  }
  return entity;
}

export function assertMayWrite(principal: Principal, buildingTeamId: string): void {
  if (!can({ principal, permission: 'case:write', context: teamContext(buildingTeamId) })) {
    throw new AuthError(
      AuthErrorCode.FORBIDDEN,
      'Alleen partners en facilitators van het bouwteam brengen casussen in en wijzigen ze.',
    );
  }
}

/** The view of a bouwteam's cases the principal gets: the full case, or the coded projection (a manager). */
export function contentFor(principal: Principal, buildingTeamId: string): CaseContent {
  return caseContentFor({ principal, buildingTeamId });
}

/** The bouwteams in which the principal may read case content, and so search in its free texts. */
export function readableNarrativeTeams(principal: Principal): string[] {
  return principal.memberships
    .filter(
      (membership) =>
        membership.contextType === 'building-team' &&
        can({ principal, permission: 'case:read-narrative', context: teamContext(membership.contextId) }),
    )
    .map((membership) => membership.contextId);
}
