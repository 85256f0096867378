import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BuildingTeamError,
  BuildingTeamErrorCode,
  can,
  type BuildingTeam,
  type Page,
  type PageQuery,
  type Principal,
  type TransformationTheme,
} from '@leerkring/domain';
import { Repository } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { BuildingTeamEntity } from './building-team.entity.js';
import { toBuildingTeam } from './building-team.mapper.js';

@Injectable()
export class BuildingTeamsService {
  constructor(@InjectRepository(BuildingTeamEntity) private readonly buildingTeams: Repository<BuildingTeamEntity>) {}

  list(principal: Principal, query: PageQuery & { theme?: TransformationTheme | undefined }): Promise<Page<BuildingTeam>> {
    const builder = this.buildingTeams
      .createQueryBuilder('team')
      .innerJoinAndSelect('team.municipality', 'municipality')
      .leftJoinAndSelect('team.partners', 'partner')
      .orderBy('team.name', 'ASC')
      .addOrderBy('team.id', 'ASC');
    scopeToContexts({ builder, column: 'team.id', principal, permission: 'building-team:read', contextType: 'building-team' });
    if (query.theme) builder.andWhere('team.theme = :theme', { theme: query.theme });
    return findPage(builder, query, toBuildingTeam);
  }

  /** A bouwteam the caller is not part of answers as if it did not exist. */
  async get(principal: Principal, id: string): Promise<BuildingTeam> {
    const visible = can({ principal, permission: 'building-team:read', context: { type: 'building-team', id } });
    const team = visible ? await this.buildingTeams.findOne({ where: { id }, relations: { municipality: true, partners: true } }) : null;
    if (!team) throw new BuildingTeamError(BuildingTeamErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
    return toBuildingTeam(team);
  }
}
