import { In } from 'typeorm';
import { Injectable } from '@nestjs/common';
import type { Page, PageQuery } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { RegionEntity } from './region.entity.js';

/** Every query on regions; other features ask here rather than reading the entity. */
@Injectable()
export class RegionsRepository {
  page(manager: EntityManager, query: PageQuery): Promise<Page<RegionEntity>> {
    const builder = manager
      .getRepository(RegionEntity)
      .createQueryBuilder('region')
      .leftJoinAndSelect('region.municipalities', 'municipality')
      .orderBy('region.name', 'ASC')
      .addOrderBy('region.id', 'ASC');
    return findPage(builder, query, (region) => region);
  }

  /** A region with its municipalities. */
  find(manager: EntityManager, id: string): Promise<RegionEntity | null> {
    return manager.getRepository(RegionEntity).findOne({ where: { id }, relations: { municipalities: true } });
  }

  /** Those of these regions that exist, without their municipalities (for learning groups). */
  findByIds(manager: EntityManager, ids: readonly string[]): Promise<RegionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(RegionEntity).findBy({ id: In([...ids]) });
  }

  /** A region that must exist (just saved, in the same transaction). */
  load(manager: EntityManager, id: string): Promise<RegionEntity> {
    return manager.getRepository(RegionEntity).findOneOrFail({ where: { id }, relations: { municipalities: true } });
  }

  /** Whether a name is taken, ignoring case. */
  nameTaken(manager: EntityManager, name: string): Promise<boolean> {
    return manager
      .getRepository(RegionEntity)
      .createQueryBuilder('region')
      .where('LOWER(region.name) = :name', { name: name.toLowerCase() })
      .getExists();
  }

  /** Saves a region with its municipalities; returns its id. */
  async save(manager: EntityManager, region: Partial<RegionEntity>): Promise<string> {
    const { id } = await manager.getRepository(RegionEntity).save(region);
    return id;
  }

  /** How many regions there are (added for the overview). */
  count(manager: EntityManager): Promise<number> {
    return manager.getRepository(RegionEntity).count();
  }

  /** Id → name of those of these ids that exist (for showing memberships). */
  async namesByIds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager
      .getRepository(RegionEntity)
      .find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(RegionEntity).existsBy({ id });
  }
}
