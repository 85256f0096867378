import { Injectable } from '@nestjs/common';
import type { Overview, Principal } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { LearningGroupsRepository } from '../learning-groups/learning-groups.repository.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { toOverview } from './overview.mapper.js';

@Injectable()
export class OverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly regions: RegionsRepository,
    private readonly buildingTeams: BuildingTeamsRepository,
    private readonly learningGroups: LearningGroupsRepository,
  ) {}

  /** Counts of what the caller may see: every organisation and region, but only their own bouwteams and groups. */
  async get(principal: Principal): Promise<Overview> {
    const manager = this.dataSource.manager;
    return toOverview(
      await Promise.all([
        this.organisations.count(manager),
        this.regions.count(manager),
        this.buildingTeams.countVisible(manager, principal),
        this.learningGroups.countVisible(manager, principal),
      ]),
    );
  }
}
