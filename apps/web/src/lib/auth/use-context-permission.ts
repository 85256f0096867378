import type { ContextRef, Permission } from '@leerkring/domain';
import { canWith } from './principal';
import { useMe } from './use-session';

/** Whether the signed-in person holds the permission in a bouwteam, as the domain's policy says. */
export function useCanInBuildingTeam(permission: Permission, buildingTeamId: string): boolean {
  return canWith(useMe(), permission, { type: 'building-team', id: buildingTeamId });
}

/** Whether the signed-in person holds the permission in a context (a bouwteam, a learning group, a region). */
export function useCanIn(permission: Permission, context: ContextRef): boolean {
  return canWith(useMe(), permission, context);
}
