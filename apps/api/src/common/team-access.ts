import { AuthError, AuthErrorCode, can, type Permission, type Principal } from '@leerkring/domain';

/**
 * The two questions every bouwteam record asks: may the caller see the team at all (else it does not exist for them:
 * 404), and may they do this there (else 403, since they know it exists).
 */
export function requireTeamAccess({
  principal,
  buildingTeamId,
  read,
  act,
  notFound,
}: {
  principal: Principal;
  buildingTeamId: string;
  read: Permission;
  act?: Permission;
  notFound: () => Error;
}): void {
  const context = { type: 'building-team' as const, id: buildingTeamId };
  if (!can({ principal, permission: read, context })) throw notFound();
  if (act && !can({ principal, permission: act, context })) {
    throw new AuthError(AuthErrorCode.FORBIDDEN, 'Je rol in dit bouwteam staat dit niet toe.');
  }
}
