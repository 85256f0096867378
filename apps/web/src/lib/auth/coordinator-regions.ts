import type { Me, Reference } from '@leerkring/domain';

/** The regions the person coordinates (an active coordinator role in a region), by name. */
export function coordinatorRegions(me: Me | undefined): Reference[] {
  const regions = new Map<string, Reference>();
  for (const membership of me?.memberships ?? []) {
    if (membership.context.type !== 'region' || membership.role !== 'coordinator') continue;
    if (membership.status !== 'active') continue;
    regions.set(membership.context.id, { id: membership.context.id, name: membership.context.name });
  }
  return [...regions.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
