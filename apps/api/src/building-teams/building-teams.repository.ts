import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BuildingTeamEntity } from './building-team.entity.js';

/** Bouwteams as other features read them. */
@Injectable()
export class BuildingTeamsRepository {
  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(BuildingTeamEntity).existsBy({ id });
  }

  /** The ids of the team's partner organisations (the team must exist). */
  async partnerOrganisationIds(manager: EntityManager, buildingTeamId: string): Promise<string[]> {
    const team = await manager
      .getRepository(BuildingTeamEntity)
      .findOneOrFail({ where: { id: buildingTeamId }, relations: { partners: true } });
    return team.partners.map((partner) => partner.id);
  }
}
