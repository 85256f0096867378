import type { ContextType } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { RegionEntity } from '../regions/region.entity.js';

const contextEntities = {
  'building-team': BuildingTeamEntity,
  'learning-group': LearningGroupEntity,
  region: RegionEntity,
} as const;

/** The names of contexts, by `type:id`, for showing memberships. */
export async function contextNames(
  manager: EntityManager,
  contexts: { contextType: ContextType; contextId: string }[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const type of Object.keys(contextEntities) as ContextType[]) {
    const ids = [
      ...new Set(contexts.filter((context) => context.contextType === type).map((context) => context.contextId)),
    ];
    if (ids.length === 0) continue;
    const rows = await manager
      .getRepository(contextEntities[type])
      .find({ where: { id: In(ids) }, select: { id: true, name: true } });
    for (const row of rows) names.set(`${type}:${row.id}`, row.name);
  }
  return names;
}

export async function contextExists(manager: EntityManager, type: ContextType, id: string): Promise<boolean> {
  return manager.getRepository(contextEntities[type]).existsBy({ id });
}
