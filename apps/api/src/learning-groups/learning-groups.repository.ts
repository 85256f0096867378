import { In } from 'typeorm';
import { Injectable } from '@nestjs/common';
import type { Page, PageQuery, Principal } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { LearningGroupEntity } from './learning-group.entity.js';

/** Every query of the learning groups feature. */
@Injectable()
export class LearningGroupsRepository {
  /** One page of the learning groups the principal may read, by name, with their regions. */
  findVisiblePage(manager: EntityManager, principal: Principal, query: PageQuery): Promise<Page<LearningGroupEntity>> {
    const builder = manager
      .getRepository(LearningGroupEntity)
      .createQueryBuilder('group')
      .leftJoinAndSelect('group.regions', 'region')
      .orderBy('group.name', 'ASC')
      .addOrderBy('group.id', 'ASC');
    scopeToContexts({
      builder,
      column: 'group.id',
      principal,
      permission: 'learning-group:read',
      contextType: 'learning-group',
    });
    return findPage(builder, query, (group) => group);
  }

  /** How many learning groups the principal may read. */
  countVisible(manager: EntityManager, principal: Principal): Promise<number> {
    return scopeToContexts({
      builder: manager.getRepository(LearningGroupEntity).createQueryBuilder('group'),
      column: 'group.id',
      principal,
      permission: 'learning-group:read',
      contextType: 'learning-group',
    }).getCount();
  }

  /** Id → name of those of these ids that exist (for showing memberships). */
  async namesByIds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager
      .getRepository(LearningGroupEntity)
      .find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(LearningGroupEntity).existsBy({ id });
  }
}
