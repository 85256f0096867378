import { Injectable } from '@nestjs/common';
import {
  boundedPageMeta,
  countBound,
  pageWindow,
  type LessonListQuery,
  type Page,
  type Principal,
} from '@leerkring/domain';
import { In, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { applyRecordFilters, type RecordFilters } from '../common/record-filters.js';
import { scopeToContexts } from '../common/scope.js';
import { LessonEntity } from './lesson.entity.js';

const relations = { buildingTeam: true, recordedBy: true } as const;

/** Every query of the lessons (geleerde lessen). */
@Injectable()
export class LessonsRepository {
  /**
   * One page of the lessons the principal may read, newest first: the page's ids from `lesson` alone (served by the
   * index on bouwteam + created desc), then those rows with the id and name of their bouwteam and recorder; the total
   * is counted without joins, exactly up to `countBound`.
   */
  async findVisiblePage(
    manager: EntityManager,
    principal: Principal,
    query: LessonListQuery,
  ): Promise<Page<LessonEntity>> {
    const builder = manager.getRepository(LessonEntity).createQueryBuilder('lesson');
    scopeToContexts({
      builder,
      column: 'lesson.buildingTeamId',
      principal,
      permission: 'lesson:read',
      contextType: 'building-team',
    });
    if (query.buildingTeamId)
      builder.andWhere('lesson.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
    if (query.theme) builder.andWhere('lesson.theme = :theme', { theme: query.theme });
    if (query.status) builder.andWhere('lesson.status = :status', { status: query.status });
    if (query.dimension) builder.andWhere('lesson.dimensions LIKE :dimension', { dimension: `%"${query.dimension}"%` });
    if (query.caseId) builder.andWhere('lesson.caseIds LIKE :caseId', { caseId: `%"${query.caseId}"%` });
    const { offset, limit } = pageWindow(query);
    const [sql, parameters] = builder
      .clone()
      .select('1', 'one')
      .limit(countBound + 1)
      .getQueryAndParameters();
    const [found, [counted]] = await Promise.all([
      builder
        .clone()
        .select('lesson.id', 'id')
        .orderBy('lesson.createdAt', 'DESC')
        .addOrderBy('lesson.id', 'DESC')
        .offset(offset)
        .limit(limit)
        .getRawMany<{ id: string }>(),
      manager.query<{ counted: number | string }[]>(`SELECT COUNT(*) AS counted FROM (${sql}) matched`, parameters),
    ]);
    const ids = found.map((row) => row.id);
    const rows =
      ids.length === 0
        ? []
        : await manager
            .getRepository(LessonEntity)
            .createQueryBuilder('lesson')
            .innerJoin('lesson.buildingTeam', 'buildingTeam')
            .innerJoin('lesson.recordedBy', 'recordedBy')
            .addSelect(['buildingTeam.id', 'buildingTeam.name', 'recordedBy.id', 'recordedBy.name'])
            .where('lesson.id IN (:...ids)', { ids })
            .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      items: ids.flatMap((id) => byId.get(id) ?? []),
      meta: boundedPageMeta({ page: query.page, pageSize: query.pageSize, counted: Number(counted?.counted ?? 0) }),
    };
  }

  /** A lesson with its bouwteam and who recorded it. */
  find(manager: EntityManager, id: string): Promise<LessonEntity | null> {
    return manager.getRepository(LessonEntity).findOne({ where: { id }, relations });
  }

  findOrFail(manager: EntityManager, id: string): Promise<LessonEntity> {
    return manager.getRepository(LessonEntity).findOneOrFail({ where: { id }, relations });
  }

  async insert(
    manager: EntityManager,
    values: Omit<LessonEntity, 'id' | 'buildingTeam' | 'recordedBy' | 'createdAt' | 'updatedAt'>,
  ): Promise<string> {
    const { id } = await manager.getRepository(LessonEntity).save(values);
    return id;
  }

  async update(manager: EntityManager, id: string, values: QueryDeepPartialEntity<LessonEntity>): Promise<void> {
    await manager.getRepository(LessonEntity).update({ id }, values);
  }

  /** Which of these lessons belong to the bouwteam. */
  async idsOfTeam(manager: EntityManager, buildingTeamId: string, ids: readonly string[]): Promise<string[]> {
    const lessons = await manager.getRepository(LessonEntity).findBy({ id: In([...ids]), buildingTeamId });
    return lessons.map((lesson) => lesson.id);
  }

  /** A lesson without its relations (for agreements). */
  findById(manager: EntityManager, id: string): Promise<LessonEntity | null> {
    return manager.getRepository(LessonEntity).findOneBy({ id });
  }

  /** The lessons of these ids that exist (for agreements). */
  findByIds(manager: EntityManager, ids: readonly string[]): Promise<LessonEntity[]> {
    return manager.getRepository(LessonEntity).findBy({ id: In([...ids]) });
  }

  /** The ids of the lessons drawn from a case (for agreements). */
  async idsAboutCase(manager: EntityManager, caseId: string): Promise<string[]> {
    const lessons = await manager
      .getRepository(LessonEntity)
      .createQueryBuilder('lesson')
      .select(['lesson.id'])
      .where('lesson.caseIds LIKE :caseId', { caseId: `%"${caseId}"%` })
      .getMany();
    return lessons.map((lesson) => lesson.id);
  }

  /** Theme and date of the lessons the principal may see insight into, narrowed by the filters. */
  findForInsight(
    manager: EntityManager,
    principal: Principal,
    filters: RecordFilters,
  ): Promise<Pick<LessonEntity, 'id' | 'theme' | 'createdAt'>[]> {
    const builder = manager
      .getRepository(LessonEntity)
      .createQueryBuilder('lesson')
      .select(['lesson.id', 'lesson.theme', 'lesson.createdAt']);
    scopeToContexts({
      builder,
      column: 'lesson.buildingTeamId',
      principal,
      permission: 'insight:read',
      contextType: 'building-team',
    });
    return applyRecordFilters({ builder, alias: 'lesson', manager, filters }).getMany();
  }
}
