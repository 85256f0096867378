import { Injectable } from '@nestjs/common';
import type { GalaPlanListQuery, Page, Principal } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { GalaPlanEntity } from './gala-plan.entity.js';
import { updateAtRevision } from '../common/revision-guard.js';

const relations = { region: true, municipality: true } as const;

export type NewGalaPlan = Omit<
  GalaPlanEntity,
  'id' | 'region' | 'municipality' | 'createdBy' | 'createdAt' | 'updatedAt'
>;
export type GalaPlanChanges = Partial<
  Pick<
    GalaPlanEntity,
    | 'startYear'
    | 'endYear'
    | 'goals'
    | 'chainApproaches'
    | 'actions'
    | 'budget'
    | 'partnerIds'
    | 'milestones'
    | 'progressNotes'
  >
>;

/** Every query of GALA plans; each method takes the EntityManager of the transaction. */
@Injectable()
export class GalaPlansRepository {
  /** One page of the plans in the regions where the principal may read them, by region, municipality and years. */
  findVisiblePage(
    manager: EntityManager,
    principal: Principal,
    query: GalaPlanListQuery,
  ): Promise<Page<GalaPlanEntity>> {
    const builder = manager
      .getRepository(GalaPlanEntity)
      .createQueryBuilder('plan')
      .innerJoinAndSelect('plan.region', 'region')
      .leftJoinAndSelect('plan.municipality', 'municipality')
      .orderBy('region.name', 'ASC')
      .addOrderBy('municipality.name', 'ASC', 'NULLS FIRST')
      .addOrderBy('plan.startYear', 'ASC')
      .addOrderBy('plan.id', 'ASC');
    scopeToContexts({
      builder,
      column: 'plan.regionId',
      principal,
      permission: 'gala-plan:read',
      contextType: 'region',
    });
    if (query.regionId) builder.andWhere('plan.regionId = :regionId', { regionId: query.regionId });
    if (query.municipalityId)
      builder.andWhere('plan.municipalityId = :municipalityId', { municipalityId: query.municipalityId });
    if (query.year !== undefined)
      builder.andWhere('plan.startYear <= :year AND plan.endYear >= :year', { year: query.year });
    return findPage(builder, query, (plan) => plan);
  }

  /** Every plan of a region (for its dashboard). */
  ofRegion(manager: EntityManager, regionId: string): Promise<GalaPlanEntity[]> {
    return manager.getRepository(GalaPlanEntity).find({ where: { regionId }, relations, order: { startYear: 'ASC' } });
  }

  /** The plans of one municipality (or of the region as a whole), to hold one plan per period. */
  ofSubject(
    manager: EntityManager,
    { regionId, municipalityId }: { regionId: string; municipalityId: string | null },
  ): Promise<GalaPlanEntity[]> {
    const builder = manager
      .getRepository(GalaPlanEntity)
      .createQueryBuilder('plan')
      .where('plan.regionId = :regionId', { regionId });
    if (municipalityId === null) builder.andWhere('plan.municipalityId IS NULL');
    else builder.andWhere('plan.municipalityId = :municipalityId', { municipalityId });
    return builder.getMany();
  }

  find(manager: EntityManager, id: string): Promise<GalaPlanEntity | null> {
    return manager.getRepository(GalaPlanEntity).findOne({ where: { id }, relations });
  }

  get(manager: EntityManager, id: string): Promise<GalaPlanEntity> {
    return manager.getRepository(GalaPlanEntity).findOneOrFail({ where: { id }, relations });
  }

  async insert(manager: EntityManager, plan: NewGalaPlan): Promise<string> {
    const { id } = await manager.getRepository(GalaPlanEntity).save(plan);
    return id;
  }

  /**
   * `UPDATE … WHERE id = :id AND revision = :expected`: of any number of concurrent updates based on one revision exactly
   * one changes the row. False when none did (someone else came first).
   */
  async guardedUpdate(
    manager: EntityManager,
    {
      id,
      expected,
      changes,
      updatedById,
      updatedAt,
    }: { id: string; expected: number; changes: GalaPlanChanges; updatedById: string; updatedAt: Date },
  ): Promise<boolean> {
    return updateAtRevision(manager, GalaPlanEntity, { id, expected, changes, updatedById, updatedAt });
  }
}
