import { Module } from '@nestjs/common';
import { BuildingTeamsModule } from '../building-teams/building-teams.module.js';
import { LearningGroupsModule } from '../learning-groups/learning-groups.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { OverviewController } from './overview.controller.js';
import { OverviewService } from './overview.service.js';

/** What the caller may see, counted. */
@Module({
  imports: [OrganisationsModule, RegionsModule, BuildingTeamsModule, LearningGroupsModule],
  controllers: [OverviewController],
  providers: [OverviewService],
})
export class OverviewModule {}
