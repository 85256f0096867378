import { Injectable } from '@nestjs/common';
import type { ContextType } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { LearningGroupsRepository } from '../learning-groups/learning-groups.repository.js';
import { RegionsRepository } from '../regions/regions.repository.js';

interface ContextRepository {
  namesByIds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>>;
  exists(manager: EntityManager, id: string): Promise<boolean>;
}

/** The contexts a membership is held in (bouwteams, learning groups, regions), read through their features. */
@Injectable()
export class MembershipContexts {
  private readonly byType: Record<ContextType, ContextRepository>;

  constructor(
    buildingTeams: BuildingTeamsRepository,
    learningGroups: LearningGroupsRepository,
    regions: RegionsRepository,
  ) {
    this.byType = { 'building-team': buildingTeams, 'learning-group': learningGroups, region: regions };
  }

  /** The names of contexts, by `type:id`, for showing memberships. */
  async names(
    manager: EntityManager,
    contexts: { contextType: ContextType; contextId: string }[],
  ): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const type of Object.keys(this.byType) as ContextType[]) {
      const ids = [
        ...new Set(contexts.filter((context) => context.contextType === type).map((context) => context.contextId)),
      ];
      if (ids.length === 0) continue;
      for (const [id, name] of await this.byType[type].namesByIds(manager, ids)) names.set(`${type}:${id}`, name);
    }
    return names;
  }

  exists(manager: EntityManager, type: ContextType, id: string): Promise<boolean> {
    return this.byType[type].exists(manager, id);
  }
}
