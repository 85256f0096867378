import type { Organisation, Reference } from '@leerkring/domain';
import type { OrganisationEntity } from './organisation.entity.js';

export function toOrganisation(entity: OrganisationEntity): Organisation {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    kvkNumber: entity.kvkNumber,
    oin: entity.oin,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toReference(entity: { id: string; name: string }): Reference {
  return { id: entity.id, name: entity.name };
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
