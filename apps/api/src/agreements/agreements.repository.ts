import { Injectable } from '@nestjs/common';
import type { AgreementListQuery, Page, Principal } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToAnyContext } from '../common/scope.js';
import { AgreementEntity } from './agreement.entity.js';

const agreementRelations = { buildingTeam: true, learningGroup: true } as const;
const contextColumns = [
  { column: 'agreement.buildingTeamId', contextType: 'building-team' },
  { column: 'agreement.learningGroupId', contextType: 'learning-group' },
] as const;

export type NewAgreement = Pick<
  AgreementEntity,
  'buildingTeamId' | 'learningGroupId' | 'title' | 'scope' | 'decisionRule' | 'createdById'
>;

/** The agreements themselves, each with the bouwteam or learning group it belongs to. */
@Injectable()
export class AgreementsRepository {
  /**
   * One page of the agreements in the contexts where the principal may read them, by title; `reviewLimit` keeps those
   * with a version in force whose review date is on or before that day.
   */
  page(
    manager: EntityManager,
    { principal, query, reviewLimit }: { principal: Principal; query: AgreementListQuery; reviewLimit?: string },
  ): Promise<Page<AgreementEntity>> {
    const builder = manager
      .getRepository(AgreementEntity)
      .createQueryBuilder('agreement')
      .leftJoinAndSelect('agreement.buildingTeam', 'buildingTeam')
      .leftJoinAndSelect('agreement.learningGroup', 'learningGroup')
      .orderBy('agreement.title', 'ASC')
      .addOrderBy('agreement.id', 'ASC');
    scopeToAnyContext({ builder, contexts: contextColumns, principal, permission: 'agreement:read' });
    if (query.buildingTeamId)
      builder.andWhere('agreement.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
    if (query.learningGroupId)
      builder.andWhere('agreement.learningGroupId = :learningGroupId', { learningGroupId: query.learningGroupId });
    if (reviewLimit !== undefined) {
      // Calendar dates are stored as YYYY-MM-DD, so comparing them as text compares them as dates, on both databases.
      builder.andWhere(
        `EXISTS (SELECT 1 FROM agreement_version due WHERE due.agreement_id = agreement.id AND due.status IN ('beta', 'adopted') AND due.review_date <= :reviewLimit)`,
        { reviewLimit },
      );
    }
    return findPage(builder, query, (entity) => entity);
  }

  /** The agreement with its context (for its name). */
  find(manager: EntityManager, id: string): Promise<AgreementEntity | null> {
    return manager.getRepository(AgreementEntity).findOne({ where: { id }, relations: agreementRelations });
  }

  get(manager: EntityManager, id: string): Promise<AgreementEntity> {
    return manager.getRepository(AgreementEntity).findOneOrFail({ where: { id }, relations: agreementRelations });
  }

  /** Only the columns that name the context. */
  contextIdsOf(
    manager: EntityManager,
    id: string,
  ): Promise<Pick<AgreementEntity, 'id' | 'buildingTeamId' | 'learningGroupId'>> {
    return manager
      .getRepository(AgreementEntity)
      .findOneOrFail({ select: { id: true, buildingTeamId: true, learningGroupId: true }, where: { id } });
  }

  async insert(manager: EntityManager, agreement: NewAgreement): Promise<string> {
    const { id } = await manager.getRepository(AgreementEntity).save(agreement);
    return id;
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<AgreementEntity, 'title' | 'scope' | 'decisionRule' | 'updatedAt'>>,
  ): Promise<void> {
    await manager.getRepository(AgreementEntity).update({ id }, changes);
  }
}
