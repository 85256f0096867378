import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BuildingTeamError,
  BuildingTeamErrorCode,
  can,
  type BuildingTeamCreate,
  type BuildingTeamUpdate,
  type BuildingTeam,
  type Page,
  type PageQuery,
  type Principal,
  type TransformationTheme,
} from '@leerkring/domain';
import { In, Repository, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { BuildingTeamEntity } from './building-team.entity.js';
import { toBuildingTeam } from './building-team.mapper.js';

@Injectable()
export class BuildingTeamsService {
  constructor(@InjectRepository(BuildingTeamEntity) private readonly buildingTeams: Repository<BuildingTeamEntity>) {}

  list(
    principal: Principal,
    query: PageQuery & { theme?: TransformationTheme | undefined },
  ): Promise<Page<BuildingTeam>> {
    const builder = this.buildingTeams
      .createQueryBuilder('team')
      .innerJoinAndSelect('team.municipality', 'municipality')
      .leftJoinAndSelect('team.partners', 'partner')
      .orderBy('team.name', 'ASC')
      .addOrderBy('team.id', 'ASC');
    scopeToContexts({
      builder,
      column: 'team.id',
      principal,
      permission: 'building-team:read',
      contextType: 'building-team',
    });
    if (query.theme) builder.andWhere('team.theme = :theme', { theme: query.theme });
    return findPage(builder, query, toBuildingTeam);
  }

  /** A bouwteam the caller is not part of answers as if it did not exist. */
  async get(principal: Principal, id: string): Promise<BuildingTeam> {
    const visible = can({ principal, permission: 'building-team:read', context: { type: 'building-team', id } });
    const team = visible
      ? await this.buildingTeams.findOne({ where: { id }, relations: { municipality: true, partners: true } })
      : null;
    if (!team) throw new BuildingTeamError(BuildingTeamErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
    return toBuildingTeam(team);
  }

  create(input: BuildingTeamCreate): Promise<BuildingTeam> {
    return this.buildingTeams.manager.transaction(async (manager) => {
      const municipality = await manager
        .getRepository(OrganisationEntity)
        .findOneBy({ id: input.municipalityId, type: 'gemeente' });
      if (!municipality)
        throw new BuildingTeamError(
          BuildingTeamErrorCode.NOT_A_MUNICIPALITY,
          'Een bouwteam wordt gevormd door een gemeente; deze organisatie is dat niet.',
        );
      const { id } = await manager.getRepository(BuildingTeamEntity).save({
        name: input.name,
        theme: input.theme,
        description: input.description,
        startDate: input.startDate,
        municipality,
        partners: await partnersOf(manager, input.partnerIds),
      });
      return toBuildingTeam(
        await manager
          .getRepository(BuildingTeamEntity)
          .findOneOrFail({ where: { id }, relations: { municipality: true, partners: true } }),
      );
    });
  }

  update(id: string, input: BuildingTeamUpdate): Promise<BuildingTeam> {
    return this.buildingTeams.manager.transaction(async (manager) => {
      const team = await manager
        .getRepository(BuildingTeamEntity)
        .findOne({ where: { id }, relations: { municipality: true, partners: true } });
      if (!team) throw new BuildingTeamError(BuildingTeamErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
      const { partnerIds, ...fields } = input;
      Object.assign(team, fields);
      if (partnerIds) team.partners = await partnersOf(manager, partnerIds);
      await manager.getRepository(BuildingTeamEntity).save(team);
      return toBuildingTeam(
        await manager
          .getRepository(BuildingTeamEntity)
          .findOneOrFail({ where: { id }, relations: { municipality: true, partners: true } }),
      );
    });
  }
}

async function partnersOf(manager: EntityManager, ids: readonly string[]): Promise<OrganisationEntity[]> {
  if (ids.length === 0) return [];
  const found = await manager.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  if (found.length !== ids.length)
    throw new BuildingTeamError(
      BuildingTeamErrorCode.PARTNER_NOT_FOUND,
      'Minstens één partnerorganisatie bestaat niet.',
    );
  return found;
}
