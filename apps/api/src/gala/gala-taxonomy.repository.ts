import { Injectable } from '@nestjs/common';
import type { GalaTaxonomyKind } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { GalaTaxonomyItemEntity } from './gala-taxonomy-item.entity.js';

/** The GALA lists: goals, chain approaches, SPUK budget blocks. */
@Injectable()
export class GalaTaxonomyRepository {
  /** Every item of every list (retired ones included), in list order. */
  all(manager: EntityManager): Promise<GalaTaxonomyItemEntity[]> {
    return manager.getRepository(GalaTaxonomyItemEntity).find({ order: { kind: 'ASC', position: 'ASC' } });
  }

  ofKind(manager: EntityManager, kind: GalaTaxonomyKind): Promise<GalaTaxonomyItemEntity[]> {
    return manager.getRepository(GalaTaxonomyItemEntity).find({ where: { kind }, order: { position: 'ASC' } });
  }

  find(manager: EntityManager, kind: GalaTaxonomyKind, code: string): Promise<GalaTaxonomyItemEntity | null> {
    return manager.getRepository(GalaTaxonomyItemEntity).findOneBy({ kind, code });
  }

  /** The position after the last item of the list. */
  async nextPosition(manager: EntityManager, kind: GalaTaxonomyKind): Promise<number> {
    const last = await manager
      .getRepository(GalaTaxonomyItemEntity)
      .findOne({ where: { kind }, order: { position: 'DESC' } });
    return (last?.position ?? 0) + 1;
  }

  async save(manager: EntityManager, item: Omit<GalaTaxonomyItemEntity, 'createdAt'>): Promise<void> {
    await manager.getRepository(GalaTaxonomyItemEntity).save(item);
  }
}
