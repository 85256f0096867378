import { Controller, Injectable, Module } from '@nestjs/common';
import { getOverview, type Overview, type Principal } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { Endpoint } from '../common/http/operation.decorator.js';
import { scopeToContexts } from '../common/scope.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { RegionEntity } from '../regions/region.entity.js';

@Injectable()
export class OverviewService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts of what the caller may see: every organisation and region, but only their own bouwteams and groups. */
  async get(principal: Principal): Promise<Overview> {
    const teams = this.dataSource.getRepository(BuildingTeamEntity).createQueryBuilder('team');
    const groups = this.dataSource.getRepository(LearningGroupEntity).createQueryBuilder('group');
    const [organisations, regions, buildingTeams, learningGroups] = await Promise.all([
      this.dataSource.getRepository(OrganisationEntity).count(),
      this.dataSource.getRepository(RegionEntity).count(),
      scopeToContexts({
        builder: teams,
        column: 'team.id',
        principal,
        permission: 'building-team:read',
        contextType: 'building-team',
      }).getCount(),
      scopeToContexts({
        builder: groups,
        column: 'group.id',
        principal,
        permission: 'learning-group:read',
        contextType: 'learning-group',
      }).getCount(),
    ]);
    return { organisations, regions, buildingTeams, learningGroups };
  }
}

@Controller()
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  @Endpoint(getOverview)
  get(@CurrentActor() actor: Actor) {
    return this.overview.get(actor.principal);
  }
}

@Module({ controllers: [OverviewController], providers: [OverviewService] })
export class OverviewModule {}
