import { Controller } from '@nestjs/common';
import {
  createBuildingTeam,
  getBuildingTeam,
  listBuildingTeams,
  updateBuildingTeam,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { BuildingTeamsService } from './building-teams.service.js';

@Controller()
export class BuildingTeamsController {
  constructor(private readonly buildingTeams: BuildingTeamsService) {}

  @Endpoint(listBuildingTeams)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listBuildingTeams>) {
    return this.buildingTeams.list(actor.principal, query);
  }

  @Endpoint(getBuildingTeam)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getBuildingTeam>) {
    return this.buildingTeams.get(actor.principal, params.buildingTeamId);
  }

  @Endpoint(createBuildingTeam)
  create(@ValidInput() { body }: OperationInput<typeof createBuildingTeam>) {
    return this.buildingTeams.create(body);
  }

  @Endpoint(updateBuildingTeam)
  update(@ValidInput() { params, body }: OperationInput<typeof updateBuildingTeam>) {
    return this.buildingTeams.update(params.buildingTeamId, body);
  }
}
