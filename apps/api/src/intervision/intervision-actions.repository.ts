import { Injectable } from '@nestjs/common';
import type { Principal } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { scopeToContexts } from '../common/scope.js';
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
  /**
   * Open actions (open or carried on) owned by the principal or a colleague of their organisation, in bouwteams where
   * they may read sessions; the first due first, the principal's own before a colleague's on the same day.
   */
  openOfOrganisation(manager: EntityManager, principal: Principal, limit: number): Promise<IntervisionActionEntity[]> {
    const builder = manager
      .getRepository(IntervisionActionEntity)
      .createQueryBuilder('action')
      .innerJoinAndSelect('action.owner', 'owner')
      .innerJoinAndSelect('action.session', 'session')
      .innerJoinAndSelect('session.buildingTeam', 'buildingTeam')
      .where("action.status IN ('open', 'carried-on')")
      .andWhere('owner.organisationId = :organisationId', { organisationId: principal.organisationId })
      .orderBy('action.dueDate', 'ASC')
      .addOrderBy(`CASE WHEN owner.id = :personId THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('action.id', 'ASC')
      .setParameter('personId', principal.personId)
      .limit(limit);
    scopeToContexts({
      builder,
      column: 'session.buildingTeamId',
      principal,
      permission: 'session:read',
      contextType: 'building-team',
    });
    return builder.getMany();
  }

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
