import { Controller } from '@nestjs/common';
import { getBuildingTeam, listBuildingTeams, type OperationInput } from '@leerkring/domain';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { BuildingTeamsService } from './building-teams.service.js';

@Controller()
export class BuildingTeamsController {
  constructor(private readonly buildingTeams: BuildingTeamsService) {}

  @Endpoint(listBuildingTeams)
  list(@ValidInput() { query }: OperationInput<typeof listBuildingTeams>) {
    return this.buildingTeams.list(query);
  }

  @Endpoint(getBuildingTeam)
  get(@ValidInput() { params }: OperationInput<typeof getBuildingTeam>) {
    return this.buildingTeams.get(params.buildingTeamId);
  }
}
