import { Injectable } from '@nestjs/common';
import { standardMethods, type IntervisionMethodCreate, type IntervisionMethodUpdate } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { IntervisionMethodEntity } from './intervision-method.entity.js';

/** Intervision methods as data. */
@Injectable()
export class IntervisionMethodsRepository {
  /**
   * The six methods of the reference, inserted when the method table is empty: at every start-up of the API (so they
   * exist outside demo mode too) and by the demo seed. Once there, they are the administrators' to change.
   */
  async ensureStandard(manager: EntityManager): Promise<void> {
    const methods = manager.getRepository(IntervisionMethodEntity);
    if ((await methods.count()) > 0) return;
    await methods.save(
      standardMethods.map((method) =>
        methods.create({
          code: method.code,
          name: method.name,
          description: method.description,
          phases: method.phases.map((phase) => ({ ...phase })),
        }),
      ),
    );
  }

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
