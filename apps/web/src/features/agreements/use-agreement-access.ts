import type { AgreementContext, Permission } from '@leerkring/domain';
import { canWith } from '../../lib/auth/principal';
import { useMe } from '../../lib/auth/use-session';

/** Whether the signed-in person holds the permission in the agreement's bouwteam or learning group, as the policy says. */
export function useCanInAgreementContext(
  permission: Permission,
  context: Pick<AgreementContext, 'type' | 'id'> | undefined,
): boolean {
  const me = useMe();
  return context ? canWith(me, permission, { type: context.type, id: context.id }) : false;
}
