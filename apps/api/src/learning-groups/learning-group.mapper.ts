import type { LearningGroup } from '@leerkring/domain';
import { byName, toReference } from '../organisations/organisation.mapper.js';
import type { LearningGroupEntity } from './learning-group.entity.js';

export function toLearningGroup(entity: LearningGroupEntity): LearningGroup {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    regions: [...entity.regions].sort(byName).map(toReference),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
