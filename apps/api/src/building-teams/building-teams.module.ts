import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuildingTeamEntity } from './building-team.entity.js';
import { BuildingTeamsController } from './building-teams.controller.js';
import { BuildingTeamsRepository } from './building-teams.repository.js';
import { BuildingTeamsService } from './building-teams.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([BuildingTeamEntity])],
  controllers: [BuildingTeamsController],
  providers: [BuildingTeamsService, BuildingTeamsRepository],
  exports: [BuildingTeamsRepository],
})
export class BuildingTeamsModule {}
