import { Injectable } from '@nestjs/common';
import type { IntervisionMethodCreate, IntervisionMethodUpdate } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { IntervisionMethodEntity } from './intervision-method.entity.js';

/** Intervision methods as data. */
@Injectable()
export class IntervisionMethodsRepository {
  /** Every method, by code. */
  all(manager: EntityManager): Promise<IntervisionMethodEntity[]> {
    return manager.getRepository(IntervisionMethodEntity).find({ order: { code: 'ASC' } });
  }

  find(manager: EntityManager, id: string): Promise<IntervisionMethodEntity | null> {
    return manager.getRepository(IntervisionMethodEntity).findOneBy({ id });
  }

  get(manager: EntityManager, id: string): Promise<IntervisionMethodEntity> {
    return manager.getRepository(IntervisionMethodEntity).findOneByOrFail({ id });
  }

  codeTaken(manager: EntityManager, code: string): Promise<boolean> {
    return manager.getRepository(IntervisionMethodEntity).existsBy({ code });
  }

  async insert(manager: EntityManager, method: IntervisionMethodCreate): Promise<string> {
    const methods = manager.getRepository(IntervisionMethodEntity);
    const { id } = await methods.save(methods.create(method));
    return id;
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: IntervisionMethodUpdate & { updatedAt: Date },
  ): Promise<void> {
    await manager.getRepository(IntervisionMethodEntity).update({ id }, changes);
  }
}
