import { mayTakeBackProposal, type AgreementContext, type Permission } from '@leerkring/domain';
import { canWith, principalOf } from '../../lib/auth/principal';
import { useMe } from '../../lib/auth/use-session';

/** Whether the signed-in person holds the permission in the agreement's bouwteam or learning group, as the policy says. */
export function useCanInAgreementContext(
  permission: Permission,
  context: Pick<AgreementContext, 'type' | 'id'> | undefined,
): boolean {
  const me = useMe();
  return context ? canWith(me, permission, { type: context.type, id: context.id }) : false;
}

/** Whether the signed-in person may take a proposal back or withdraw it: its proposer, a facilitator, an administrator. */
export function useMayTakeBackProposal(
  context: Pick<AgreementContext, 'type' | 'id'>,
  proposedById: string | null,
): boolean {
  const me = useMe();
  return mayTakeBackProposal({
    principal: me ? principalOf(me) : null,
    context: { type: context.type, id: context.id },
    proposedById,
  });
}
