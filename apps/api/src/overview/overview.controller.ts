import { Controller, Injectable, Module } from '@nestjs/common';
import { getOverview, type Overview } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { Endpoint } from '../common/http/operation.decorator.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { RegionEntity } from '../regions/region.entity.js';

@Injectable()
export class OverviewService {
  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<Overview> {
    const [organisations, regions, buildingTeams, learningGroups] = await Promise.all([
      this.dataSource.getRepository(OrganisationEntity).count(),
      this.dataSource.getRepository(RegionEntity).count(),
      this.dataSource.getRepository(BuildingTeamEntity).count(),
      this.dataSource.getRepository(LearningGroupEntity).count(),
    ]);
    return { organisations, regions, buildingTeams, learningGroups };
  }
}

@Controller()
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  @Endpoint(getOverview)
  get() {
    return this.overview.get();
  }
}

@Module({ controllers: [OverviewController], providers: [OverviewService] })
export class OverviewModule {}
