import { AuthError, AuthErrorCode, can, CaseError, CaseErrorCode, type Principal } from '@leerkring/domain';
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

export function mayReadNarrative(principal: Principal, buildingTeamId: string): boolean {
  return can({ principal, permission: 'case:read-narrative', context: teamContext(buildingTeamId) });
}

/** The bouwteams in which the principal may read case narratives. */
export function readableNarrativeTeams(principal: Principal): string[] {
  return principal.memberships
    .filter(
      (membership) =>
        membership.contextType === 'building-team' &&
        can({ principal, permission: 'case:read-narrative', context: teamContext(membership.contextId) }),
    )
    .map((membership) => membership.contextId);
}
