import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { BuildingTeamsController } from './building-teams.controller.js';
import { BuildingTeamsRepository } from './building-teams.repository.js';
import { BuildingTeamsService } from './building-teams.service.js';

/** Bouwteams: a municipality with its partner organisations around one transformation theme. */
@Module({
  imports: [OrganisationsModule],
  controllers: [BuildingTeamsController],
  providers: [BuildingTeamsService, BuildingTeamsRepository],
  exports: [BuildingTeamsRepository],
})
export class BuildingTeamsModule {}
