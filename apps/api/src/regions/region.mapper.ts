import type { Region } from '@leerkring/domain';
import { byName, toReference } from '../organisations/organisation.mapper.js';
import type { RegionEntity } from './region.entity.js';

export function toRegion(entity: RegionEntity): Region {
  return {
    id: entity.id,
    name: entity.name,
    municipalities: [...entity.municipalities].sort(byName).map(toReference),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
