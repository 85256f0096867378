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
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { requireTeamAccess } from '../common/team-access.js';
import type { LessonEntity } from './lesson.entity.js';
import { toLesson } from './lesson.mapper.js';
import { LessonsRepository } from './lessons.repository.js';

const notFound = () => new LessonError(LessonErrorCode.NOT_FOUND, 'Deze les bestaat niet.');

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
    private readonly lessons: LessonsRepository,
    private readonly cases: CasesRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, query: LessonListQuery): Promise<Page<Lesson>> {
    return this.dataSource.transaction(async (manager) => {
      const page = await this.lessons.findVisiblePage(manager, actor.principal, query);
      const items = page.items.map(toLesson);
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'lesson' },
        items.map((lesson) => ({
          recordId: lesson.id,
          recordOwnerId: lesson.recordedBy.id,
          context: { type: 'building-team' as const, id: lesson.buildingTeam.id },
        })),
      );
      return { ...page, items };
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
      if (!(await this.cases.allOfTeam(manager, input.buildingTeamId, input.caseIds))) throw linkError('body.caseIds');
      const id = await this.lessons.insert(manager, {
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
      return toLesson(await this.lessons.findOrFail(manager, id));
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
      await this.lessons.update(manager, id, { ...input, updatedAt: this.clock.now() });
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'lesson',
        recordId: id,
        recordOwnerId: lesson.recordedById,
        context: { type: 'building-team', id: lesson.buildingTeamId },
      });
      return toLesson(await this.lessons.findOrFail(manager, id));
    });
  }

  private async findVisible(manager: EntityManager, actor: Actor, id: string): Promise<LessonEntity> {
    const lesson = await this.lessons.find(manager, id);
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
