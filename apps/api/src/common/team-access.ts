import { AuthError, AuthErrorCode, can, type ContextRef, type Permission, type Principal } from '@leerkring/domain';

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
  requireContextAccess({
    principal,
    context: { type: 'building-team', id: buildingTeamId },
    read,
    ...(act ? { act } : {}),
    notFound,
  });
}

const refusals: Record<ContextRef['type'], string> = {
  'building-team': 'Je rol in dit bouwteam staat dit niet toe.',
  'learning-group': 'Je rol in deze leergroep staat dit niet toe.',
  region: 'Je rol in deze regio staat dit niet toe.',
};

/** The same two questions for any context: a bouwteam, a learning group or a region. */
export function requireContextAccess({
  principal,
  context,
  read,
  act,
  notFound,
}: {
  principal: Principal;
  context: ContextRef;
  read: Permission;
  act?: Permission;
  notFound: () => Error;
}): void {
  if (!can({ principal, permission: read, context })) throw notFound();
  if (act && !can({ principal, permission: act, context })) {
    throw new AuthError(AuthErrorCode.FORBIDDEN, refusals[context.type]);
  }
}
