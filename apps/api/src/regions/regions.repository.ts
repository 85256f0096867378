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
}
