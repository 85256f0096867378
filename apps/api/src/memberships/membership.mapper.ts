import type { Membership } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { MembershipEntity } from './membership.entity.js';

export function toMembership(entity: MembershipEntity, contextName: string): Membership {
  return {
    id: entity.id,
    person: toReference(entity.person),
    organisation: toReference(entity.person.organisation),
    context: { type: entity.contextType, id: entity.contextId, name: contextName },
    role: entity.role,
    status: entity.status,
    requestedBy: entity.requestedBy ? toReference(entity.requestedBy) : null,
    decidedBy: entity.decidedBy ? toReference(entity.decidedBy) : null,
    decidedAt: entity.decidedAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
  };
}
