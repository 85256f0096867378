import { can, mayEver, type ContextRef, type Me, type Permission, type Principal } from '@leerkring/domain';

/** The signed-in person as the domain's policy sees them. */
export function principalOf(me: Me): Principal {
  return {
    personId: me.person.id,
    organisationId: me.person.organisation.id,
    isAdmin: me.person.isAdmin,
    memberships: me.memberships.map((membership) => ({
      contextType: membership.context.type,
      contextId: membership.context.id,
      role: membership.role,
    })),
  };
}

/** Whether the person could hold the permission anywhere (the policy's `mayEver`); false when not signed in. */
export function mayEverWith(me: Me | undefined, permission: Permission): boolean {
  return me ? mayEver({ principal: principalOf(me), permission }) : false;
}

/** Whether the person holds the permission in a context (the policy's `can`). */
export function canWith(me: Me | undefined, permission: Permission, context?: ContextRef): boolean {
  return can({ principal: me ? principalOf(me) : null, permission, ...(context ? { context } : {}) });
}
