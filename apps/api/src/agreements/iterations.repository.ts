import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { IterationEntity } from './iteration.entity.js';

const relations = { version: true, createdBy: true } as const;

export type NewIteration = Omit<
  IterationEntity,
  'id' | 'agreement' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt'
>;
export type IterationChanges = Partial<Omit<NewIteration, 'agreementId' | 'versionId' | 'createdById'>> & {
  updatedAt: Date;
};

/** Action-research iterations on agreements. */
@Injectable()
export class IterationsRepository {
  /** An agreement's iterations, newest first, with the version they test and their author. */
  ofAgreement(manager: EntityManager, agreementId: string): Promise<IterationEntity[]> {
    return manager
      .getRepository(IterationEntity)
      .find({ where: { agreementId }, relations, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** An iteration of this agreement with its version and author, or null. */
  find(manager: EntityManager, agreementId: string, id: string): Promise<IterationEntity | null> {
    return manager.getRepository(IterationEntity).findOne({ where: { id, agreementId }, relations });
  }

  /** An iteration of this agreement without its relations, or null. */
  findPlain(manager: EntityManager, agreementId: string, id: string): Promise<IterationEntity | null> {
    return manager.getRepository(IterationEntity).findOneBy({ id, agreementId });
  }

  get(manager: EntityManager, id: string): Promise<IterationEntity> {
    return manager.getRepository(IterationEntity).findOneOrFail({ where: { id }, relations });
  }

  /** Which of these ids are iterations of the agreement. */
  async idsOf(manager: EntityManager, agreementId: string, ids: readonly string[]): Promise<string[]> {
    const found = await manager.getRepository(IterationEntity).findBy({ id: In([...ids]), agreementId });
    return found.map((iteration) => iteration.id);
  }

  async insert(manager: EntityManager, iteration: NewIteration): Promise<string> {
    const { id } = await manager.getRepository(IterationEntity).save(iteration);
    return id;
  }

  async update(manager: EntityManager, id: string, changes: IterationChanges): Promise<void> {
    await manager.getRepository(IterationEntity).update({ id }, changes);
  }
}
