import type { BuildingTeam } from '@leerkring/domain';
import { byName, toReference } from '../organisations/organisation.mapper.js';
import type { BuildingTeamEntity } from './building-team.entity.js';

export function toBuildingTeam(entity: BuildingTeamEntity): BuildingTeam {
  return {
    id: entity.id,
    name: entity.name,
    theme: entity.theme,
    description: entity.description,
    startDate: entity.startDate,
    municipality: toReference(entity.municipality),
    partners: [...entity.partners].sort(byName).map(toReference),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
