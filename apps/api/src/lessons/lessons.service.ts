import { Injectable } from '@nestjs/common';
import {
  LessonError,
  LessonErrorCode,
  type Lesson,
  type LessonCreate,
  type LessonListQuery,
  type LessonUpdate,
  type Page,
} from '@leerkring/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { CaseEntity } from '../cases/case.entity.js';
import { Clock } from '../common/clock.js';
import { findPage } from '../common/pagination.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { scopeToContexts } from '../common/scope.js';
import { requireTeamAccess } from '../common/team-access.js';
import { toReference } from '../organisations/organisation.mapper.js';
import { LessonEntity } from './lesson.entity.js';

const relations = { buildingTeam: true, recordedBy: true } as const;
const notFound = () => new LessonError(LessonErrorCode.NOT_FOUND, 'Deze les bestaat niet.');

export function toLesson(entity: LessonEntity): Lesson {
  return {
    id: entity.id,
    buildingTeam: toReference(entity.buildingTeam),
    text: entity.text,
    caseIds: entity.caseIds,
    sessionIds: entity.sessionIds,
    dimensions: entity.dimensions,
    theme: entity.theme,
    followUp: entity.followUp,
    status: entity.status,
    recordedBy: toReference(entity.recordedBy),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** Cases linked to a lesson or an obstacle must belong to the same bouwteam. */
export async function assertCasesOfTeam(
  manager: EntityManager,
  buildingTeamId: string,
  caseIds: readonly string[],
  error: () => Error,
): Promise<void> {
  const unique = [...new Set(caseIds)];
  if (unique.length === 0) return;
  const found = await manager.getRepository(CaseEntity).countBy({ id: In(unique), buildingTeamId });
  if (found !== unique.length) throw error();
}

const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new LessonError(
      LessonErrorCode.IDENTIFIER_FOUND,
      'Een les gaat over een situatie, nooit over een persoon.',
      findings,
    ),
);

@Injectable()
export class LessonsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, query: LessonListQuery): Promise<Page<Lesson>> {
    return this.dataSource.transaction(async (manager) => {
      const builder = manager
        .getRepository(LessonEntity)
        .createQueryBuilder('lesson')
        .innerJoinAndSelect('lesson.buildingTeam', 'buildingTeam')
        .innerJoinAndSelect('lesson.recordedBy', 'recordedBy')
        .orderBy('lesson.createdAt', 'DESC')
        .addOrderBy('lesson.id', 'ASC');
      scopeToContexts({
        builder,
        column: 'lesson.buildingTeamId',
        principal: actor.principal,
        permission: 'lesson:read',
        contextType: 'building-team',
      });
      if (query.buildingTeamId)
        builder.andWhere('lesson.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
      if (query.theme) builder.andWhere('lesson.theme = :theme', { theme: query.theme });
      if (query.status) builder.andWhere('lesson.status = :status', { status: query.status });
      if (query.dimension)
        builder.andWhere('lesson.dimensions LIKE :dimension', { dimension: `%"${query.dimension}"%` });
      if (query.caseId) builder.andWhere('lesson.caseIds LIKE :caseId', { caseId: `%"${query.caseId}"%` });
      const page = await findPage(builder, query, toLesson);
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'lesson' },
        page.items.map((lesson) => ({
          recordId: lesson.id,
          recordOwnerId: lesson.recordedBy.id,
          context: { type: 'building-team' as const, id: lesson.buildingTeam.id },
        })),
      );
      return page;
    });
  }

  get(actor: Actor, id: string): Promise<Lesson> {
    return this.dataSource.transaction(async (manager) => {
      const lesson = await this.findVisible(manager, actor, id);
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'lesson',
        recordId: id,
        recordOwnerId: lesson.recordedById,
        context: { type: 'building-team', id: lesson.buildingTeamId },
      });
      return toLesson(lesson);
    });
  }

  create(actor: Actor, input: LessonCreate): Promise<Lesson> {
    return this.dataSource.transaction(async (manager) => {
      requireTeamAccess({
        principal: actor.principal,
        buildingTeamId: input.buildingTeamId,
        read: 'lesson:read',
        act: 'lesson:write',
        notFound,
      });
      assertNoIdentifiers({ text: input.text });
      await assertCasesOfTeam(manager, input.buildingTeamId, input.caseIds, () => linkError('body.caseIds'));
      const { id } = await manager.getRepository(LessonEntity).save({
        buildingTeamId: input.buildingTeamId,
        text: input.text,
        caseIds: [...new Set(input.caseIds)],
        sessionIds: [...new Set(input.sessionIds)],
        dimensions: [...new Set(input.dimensions)],
        theme: input.theme,
        followUp: input.followUp,
        status: 'open',
        recordedById: actor.person.id,
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'lesson',
        recordId: id,
        recordOwnerId: actor.person.id,
        context: { type: 'building-team', id: input.buildingTeamId },
      });
      return toLesson(await manager.getRepository(LessonEntity).findOneOrFail({ where: { id }, relations }));
    });
  }

  update(actor: Actor, id: string, input: LessonUpdate): Promise<Lesson> {
    return this.dataSource.transaction(async (manager) => {
      const lesson = await this.findVisible(manager, actor, id);
      requireTeamAccess({
        principal: actor.principal,
        buildingTeamId: lesson.buildingTeamId,
        read: 'lesson:read',
        act: 'lesson:write',
        notFound,
      });
      if (input.text !== undefined) assertNoIdentifiers({ text: input.text });
      await manager.getRepository(LessonEntity).update({ id }, { ...input, updatedAt: this.clock.now() });
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'lesson',
        recordId: id,
        recordOwnerId: lesson.recordedById,
        context: { type: 'building-team', id: lesson.buildingTeamId },
      });
      return toLesson(await manager.getRepository(LessonEntity).findOneOrFail({ where: { id }, relations }));
    });
  }

  private async findVisible(manager: EntityManager, actor: Actor, id: string): Promise<LessonEntity> {
    const lesson = await manager.getRepository(LessonEntity).findOne({ where: { id }, relations });
    if (!lesson) throw notFound();
    requireTeamAccess({
      principal: actor.principal,
      buildingTeamId: lesson.buildingTeamId,
      read: 'lesson:read',
      notFound,
    });
    return lesson;
  }
}

function linkError(field: string): LessonError {
  return new LessonError(LessonErrorCode.LINK_NOT_FOUND, 'Een gekoppelde casus hoort niet bij dit bouwteam.', [
    { name: field, reason: 'Onbekende casus van dit bouwteam.', code: 'not_found' },
  ]);
}
