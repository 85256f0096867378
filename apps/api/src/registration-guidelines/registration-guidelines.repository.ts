import { Injectable } from '@nestjs/common';
import type { Page, PageQuery, Principal, RegistrationGuideline } from '@leerkring/domain';
import { In, type EntityManager } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { GuidelineClauseLessonEntity } from './guideline-clause-lesson.entity.js';
import { RegistrationGuidelineEntity } from './registration-guideline.entity.js';

/** Every query of the registration guidelines feature. */
@Injectable()
export class RegistrationGuidelinesRepository {
  /** One page of the guideline versions the principal may read: by bouwteam name, newest version first. */
  findVisiblePage(
    manager: EntityManager,
    principal: Principal,
    query: PageQuery & { buildingTeamId?: string | undefined; status?: RegistrationGuideline['status'] | undefined },
  ): Promise<Page<RegistrationGuidelineEntity>> {
    const builder = manager
      .getRepository(RegistrationGuidelineEntity)
      .createQueryBuilder('guideline')
      .innerJoinAndSelect('guideline.buildingTeam', 'buildingTeam')
      .orderBy('buildingTeam.name', 'ASC')
      .addOrderBy('guideline.version', 'DESC');
    scopeToContexts({
      builder,
      column: 'guideline.buildingTeamId',
      principal,
      permission: 'guideline:read',
      contextType: 'building-team',
    });
    if (query.buildingTeamId)
      builder.andWhere('guideline.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
    if (query.status) builder.andWhere('guideline.status = :status', { status: query.status });
    return findPage(builder, query, (guideline) => guideline);
  }

  /** The version in force of a bouwteam's guideline, if any. */
  findInForce(manager: EntityManager, buildingTeamId: string): Promise<RegistrationGuidelineEntity | null> {
    return manager.getRepository(RegistrationGuidelineEntity).findOneBy({ buildingTeamId, status: 'in-force' });
  }

  /** A version with its bouwteam. */
  find(manager: EntityManager, id: string): Promise<RegistrationGuidelineEntity | null> {
    return manager
      .getRepository(RegistrationGuidelineEntity)
      .findOne({ where: { id }, relations: { buildingTeam: true } });
  }

  findOrFail(manager: EntityManager, id: string): Promise<RegistrationGuidelineEntity> {
    return manager
      .getRepository(RegistrationGuidelineEntity)
      .findOneOrFail({ where: { id }, relations: { buildingTeam: true } });
  }

  /** The highest version number of a bouwteam's guideline, 0 before the first. */
  async latestVersion(manager: EntityManager, buildingTeamId: string): Promise<number> {
    const latest = await manager
      .getRepository(RegistrationGuidelineEntity)
      .findOne({ where: { buildingTeamId }, order: { version: 'DESC' } });
    return latest?.version ?? 0;
  }

  async insert(
    manager: EntityManager,
    values: Omit<RegistrationGuidelineEntity, 'id' | 'buildingTeam' | 'createdAt'>,
  ): Promise<string> {
    const { id } = await manager.getRepository(RegistrationGuidelineEntity).save(values);
    return id;
  }

  /** One version in force per bouwteam: the one in force is superseded in the same transaction. */
  async putInForce(manager: EntityManager, id: string, now: Date): Promise<void> {
    const repository = manager.getRepository(RegistrationGuidelineEntity);
    const guideline = await repository.findOneByOrFail({ id });
    await repository.update({ buildingTeamId: guideline.buildingTeamId, status: 'in-force' }, { status: 'superseded' });
    await repository.update({ id }, { status: 'in-force', inForceSince: now });
  }

  /** Store the lessons each clause of a version names, in their order. */
  async insertClauseLessons(
    manager: EntityManager,
    guidelineId: string,
    clauses: readonly { field: GuidelineClauseLessonEntity['field']; lessonIds: readonly string[] }[],
  ): Promise<void> {
    const rows = clauses.flatMap((clause) =>
      clause.lessonIds.map((lessonId, position) => ({ guidelineId, field: clause.field, lessonId, position })),
    );
    if (rows.length > 0) await manager.getRepository(GuidelineClauseLessonEntity).insert(rows);
  }

  /** The lessons the clauses of these versions name, with each lesson, in their order. */
  findClauseLessons(manager: EntityManager, guidelineIds: readonly string[]): Promise<GuidelineClauseLessonEntity[]> {
    if (guidelineIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(GuidelineClauseLessonEntity).find({
      where: { guidelineId: In([...guidelineIds]) },
      relations: { lesson: true },
      order: { position: 'ASC' },
    });
  }
}
