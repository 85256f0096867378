import { Injectable } from '@nestjs/common';
import type { Page, PageQuery, Principal } from '@leerkring/domain';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { applyRecordFilters, type RecordFilters } from '../common/record-filters.js';
import { scopeToContexts } from '../common/scope.js';
import { SystemObstacleEntity } from './system-obstacle.entity.js';

/** Every query of the system obstacles (systeemhobbels). */
@Injectable()
export class SystemObstaclesRepository {
  /** One page of the obstacles the principal may read, newest first. */
  findVisiblePage(
    manager: EntityManager,
    principal: Principal,
    query: PageQuery & {
      buildingTeamId?: string | undefined;
      escalationStatus?: string | undefined;
      legalFramework?: string | undefined;
    },
  ): Promise<Page<SystemObstacleEntity>> {
    const builder = manager
      .getRepository(SystemObstacleEntity)
      .createQueryBuilder('obstacle')
      .innerJoinAndSelect('obstacle.buildingTeam', 'buildingTeam')
      .orderBy('obstacle.createdAt', 'DESC')
      .addOrderBy('obstacle.id', 'ASC');
    scopeToContexts({
      builder,
      column: 'obstacle.buildingTeamId',
      principal,
      permission: 'obstacle:read',
      contextType: 'building-team',
    });
    if (query.buildingTeamId)
      builder.andWhere('obstacle.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
    if (query.escalationStatus)
      builder.andWhere('obstacle.escalationStatus = :escalationStatus', { escalationStatus: query.escalationStatus });
    if (query.legalFramework)
      builder.andWhere('obstacle.legalFramework = :legalFramework', { legalFramework: query.legalFramework });
    return findPage(builder, query, (obstacle) => obstacle);
  }

  find(manager: EntityManager, id: string): Promise<SystemObstacleEntity | null> {
    return manager.getRepository(SystemObstacleEntity).findOneBy({ id });
  }

  /** An obstacle with its bouwteam. */
  findOrFail(manager: EntityManager, id: string): Promise<SystemObstacleEntity> {
    return manager
      .getRepository(SystemObstacleEntity)
      .findOneOrFail({ where: { id }, relations: { buildingTeam: true } });
  }

  async insert(
    manager: EntityManager,
    values: Omit<SystemObstacleEntity, 'id' | 'buildingTeam' | 'createdAt' | 'updatedAt'>,
  ): Promise<string> {
    const { id } = await manager.getRepository(SystemObstacleEntity).save(values);
    return id;
  }

  async update(
    manager: EntityManager,
    id: string,
    values: QueryDeepPartialEntity<SystemObstacleEntity>,
  ): Promise<void> {
    await manager.getRepository(SystemObstacleEntity).update({ id }, values);
  }

  /** Framework and status of the obstacles the principal may see insight into, narrowed by the filters. */
  findForInsight(
    manager: EntityManager,
    principal: Principal,
    filters: RecordFilters,
  ): Promise<Pick<SystemObstacleEntity, 'id' | 'legalFramework' | 'escalationStatus'>[]> {
    const builder = manager
      .getRepository(SystemObstacleEntity)
      .createQueryBuilder('obstacle')
      .select(['obstacle.id', 'obstacle.legalFramework', 'obstacle.escalationStatus']);
    scopeToContexts({
      builder,
      column: 'obstacle.buildingTeamId',
      principal,
      permission: 'insight:read',
      contextType: 'building-team',
    });
    return applyRecordFilters({ builder, alias: 'obstacle', manager, filters }).getMany();
  }
}
