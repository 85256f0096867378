import { In } from 'typeorm';
import { Injectable } from '@nestjs/common';
import type { Page, PageQuery, Principal } from '@leerkring/domain';
import type { DeepPartial, EntityManager } from 'typeorm';
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

  /** A learning group with its regions. */
  find(manager: EntityManager, id: string): Promise<LearningGroupEntity | null> {
    return manager.getRepository(LearningGroupEntity).findOne({ where: { id }, relations: { regions: true } });
  }

  findOrFail(manager: EntityManager, id: string): Promise<LearningGroupEntity> {
    return manager.getRepository(LearningGroupEntity).findOneOrFail({ where: { id }, relations: { regions: true } });
  }

  /** Whether another group has this name already (names are unique). */
  async nameTaken(manager: EntityManager, name: string, exceptId?: string): Promise<boolean> {
    const found = await manager.getRepository(LearningGroupEntity).findOneBy({ name });
    return found !== null && found.id !== exceptId;
  }

  /** Inserts or updates a group with its regions; answers its id. */
  async save(manager: EntityManager, group: DeepPartial<LearningGroupEntity>): Promise<string> {
    const { id } = await manager.getRepository(LearningGroupEntity).save(group);
    return id;
  }

  /** The ids of the group's regions; the group must exist (for consent rounds, one stance per region). */
  async regionIds(manager: EntityManager, id: string): Promise<string[]> {
    const group = await this.findOrFail(manager, id);
    return group.regions.map((region) => region.id);
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(LearningGroupEntity).existsBy({ id });
  }
}
