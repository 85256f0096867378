import { In } from 'typeorm';
import { Injectable } from '@nestjs/common';
import type { Page, PageQuery, Principal, TransformationTheme } from '@leerkring/domain';
import type { DeepPartial, EntityManager } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { BuildingTeamEntity } from './building-team.entity.js';

const relations = { municipality: true, partners: true } as const;

/** Every query of the bouwteams feature. */
@Injectable()
export class BuildingTeamsRepository {
  /** One page of the bouwteams the principal may read, by name. */
  findVisiblePage(
    manager: EntityManager,
    principal: Principal,
    query: PageQuery & { theme?: TransformationTheme | undefined },
  ): Promise<Page<BuildingTeamEntity>> {
    const builder = manager
      .getRepository(BuildingTeamEntity)
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
    return findPage(builder, query, (team) => team);
  }

  /** How many bouwteams the principal may read. */
  countVisible(manager: EntityManager, principal: Principal): Promise<number> {
    return scopeToContexts({
      builder: manager.getRepository(BuildingTeamEntity).createQueryBuilder('team'),
      column: 'team.id',
      principal,
      permission: 'building-team:read',
      contextType: 'building-team',
    }).getCount();
  }

  /** A bouwteam with its municipality and partners. */
  find(manager: EntityManager, id: string): Promise<BuildingTeamEntity | null> {
    return manager.getRepository(BuildingTeamEntity).findOne({ where: { id }, relations });
  }

  findOrFail(manager: EntityManager, id: string): Promise<BuildingTeamEntity> {
    return manager.getRepository(BuildingTeamEntity).findOneOrFail({ where: { id }, relations });
  }

  /** Inserts or updates a bouwteam with its partners; answers its id. */
  async save(manager: EntityManager, team: DeepPartial<BuildingTeamEntity>): Promise<string> {
    const { id } = await manager.getRepository(BuildingTeamEntity).save(team);
    return id;
  }

  /** Whether the bouwteam exists (for agreements). */
  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(BuildingTeamEntity).existsBy({ id });
  }

  /** The ids of the team's partner organisations; the team must exist (for agreements). */
  async partnerOrganisationIds(manager: EntityManager, buildingTeamId: string): Promise<string[]> {
    const team = await manager
      .getRepository(BuildingTeamEntity)
      .findOneOrFail({ where: { id: buildingTeamId }, relations: { partners: true } });
    return team.partners.map((partner) => partner.id);
  }

  /** The bouwteams of these municipalities, by name (a region's networks, for knowledge vouchers). */
  ofMunicipalities(manager: EntityManager, municipalityIds: readonly string[]): Promise<BuildingTeamEntity[]> {
    if (municipalityIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(BuildingTeamEntity).find({
      where: { municipality: { id: In([...municipalityIds]) } },
      select: { id: true, name: true },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** Id → name of those of these ids that exist (for showing memberships). */
  async namesByIds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager
      .getRepository(BuildingTeamEntity)
      .find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
