import type { ContextType, Me, Reference, Role } from '@leerkring/domain';

/** The contexts of one type in which the person holds an active role (one of `roles`, or any), by name. */
export function contextsOf(me: Me | undefined, type: ContextType, roles?: readonly Role[]): Reference[] {
  const contexts = new Map<string, Reference>();
  for (const membership of me?.memberships ?? []) {
    if (membership.context.type !== type || membership.status !== 'active') continue;
    if (roles && !roles.includes(membership.role)) continue;
    contexts.set(membership.context.id, { id: membership.context.id, name: membership.context.name });
  }
  return [...contexts.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
