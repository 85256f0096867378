import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IntervisionActionEntity } from './intervision-action.entity.js';

export type NewAction = Pick<
  IntervisionActionEntity,
  'sessionId' | 'what' | 'ownerId' | 'dueDate' | 'status' | 'createdById'
>;
export type ActionChanges = Partial<Pick<IntervisionActionEntity, 'status' | 'what' | 'ownerId' | 'dueDate'>> & {
  updatedAt: Date;
};

/** The actions agreed in intervision sessions. */
@Injectable()
export class IntervisionActionsRepository {
  find(manager: EntityManager, id: string): Promise<IntervisionActionEntity | null> {
    return manager.getRepository(IntervisionActionEntity).findOneBy({ id });
  }

  /** The action with its owner. */
  get(manager: EntityManager, id: string): Promise<IntervisionActionEntity> {
    return manager.getRepository(IntervisionActionEntity).findOneOrFail({ where: { id }, relations: { owner: true } });
  }

  async insert(manager: EntityManager, action: NewAction): Promise<string> {
    const actions = manager.getRepository(IntervisionActionEntity);
    const { id } = await actions.save(actions.create(action));
    return id;
  }

  async update(manager: EntityManager, id: string, changes: ActionChanges): Promise<void> {
    await manager.getRepository(IntervisionActionEntity).update({ id }, changes);
  }
}
