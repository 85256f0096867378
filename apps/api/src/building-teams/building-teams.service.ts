import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { BuildingTeamError, BuildingTeamErrorCode, type BuildingTeam, type Page, type TransformationTheme, type PageQuery } from '@leerkring/domain';
import { Repository } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { BuildingTeamEntity } from './building-team.entity.js';
import { toBuildingTeam } from './building-team.mapper.js';

@Injectable()
export class BuildingTeamsService {
  constructor(@InjectRepository(BuildingTeamEntity) private readonly buildingTeams: Repository<BuildingTeamEntity>) {}

  list(query: PageQuery & { theme?: TransformationTheme | undefined }): Promise<Page<BuildingTeam>> {
    const builder = this.buildingTeams
      .createQueryBuilder('team')
      .innerJoinAndSelect('team.municipality', 'municipality')
      .leftJoinAndSelect('team.partners', 'partner')
      .orderBy('team.name', 'ASC')
      .addOrderBy('team.id', 'ASC');
    if (query.theme) builder.andWhere('team.theme = :theme', { theme: query.theme });
    return findPage(builder, query, toBuildingTeam);
  }

  async get(id: string): Promise<BuildingTeam> {
    const team = await this.buildingTeams.findOne({ where: { id }, relations: { municipality: true, partners: true } });
    if (!team) throw new BuildingTeamError(BuildingTeamErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
    return toBuildingTeam(team);
  }
}
