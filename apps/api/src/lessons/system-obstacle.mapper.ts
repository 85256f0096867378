import type { SystemObstacle } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { SystemObstacleEntity } from './system-obstacle.entity.js';

export function toObstacle(entity: SystemObstacleEntity): SystemObstacle {
  return {
    id: entity.id,
    buildingTeam: toReference(entity.buildingTeam),
    title: entity.title,
    description: entity.description,
    legalFramework: entity.legalFramework,
    caseIds: entity.caseIds,
    escalationStatus: entity.escalationStatus,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
