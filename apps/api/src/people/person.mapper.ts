import type { Person } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { PersonEntity } from './person.entity.js';

export function toPerson(entity: PersonEntity): Person {
  return {
    id: entity.id,
    name: entity.name,
    email: entity.email,
    organisation: toReference(entity.organisation),
    isAdmin: entity.isAdmin,
    active: entity.active,
    hasPassword: entity.passwordHash !== null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
