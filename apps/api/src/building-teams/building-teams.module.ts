import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuildingTeamEntity } from './building-team.entity.js';
import { BuildingTeamsController } from './building-teams.controller.js';
import { BuildingTeamsService } from './building-teams.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([BuildingTeamEntity])],
  controllers: [BuildingTeamsController],
  providers: [BuildingTeamsService],
})
export class BuildingTeamsModule {}
