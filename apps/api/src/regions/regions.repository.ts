import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RegionEntity } from './region.entity.js';

/** The region queries other features need. */
@Injectable()
export class RegionsRepository {
  count(manager: EntityManager): Promise<number> {
    return manager.getRepository(RegionEntity).count();
  }
}
