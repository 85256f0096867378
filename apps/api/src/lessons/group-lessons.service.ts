import { Injectable } from '@nestjs/common';
import {
  AuthError,
  AuthErrorCode,
  can,
  LessonError,
  LessonErrorCode,
  type GroupLesson,
  type GroupLessonCreate,
  type LessonShare,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { requireContextAccess, requireTeamAccess } from '../common/team-access.js';
import { IntervisionSessionsRepository } from '../intervision/intervision-sessions.repository.js';
import type { GroupLessonEntity } from './group-lesson.entity.js';
import { toGroupLesson } from './group-lesson.mapper.js';
import { GroupLessonsRepository } from './group-lessons.repository.js';
import { LessonsRepository } from './lessons.repository.js';

const groupNotFound = () => new LessonError(LessonErrorCode.GROUP_NOT_FOUND, 'Deze leergroep bestaat niet.');
const lessonNotFound = () => new LessonError(LessonErrorCode.NOT_FOUND, 'Deze les bestaat niet.');
const groupContext = (id: string) => ({ type: 'learning-group' as const, id });

const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new LessonError(
      LessonErrorCode.IDENTIFIER_FOUND,
      'Een les gaat over een situatie, nooit over een persoon: haal de gemarkeerde gegevens weg voor je deelt.',
      findings,
    ),
);

/** A learning group's lessons: read by its members, recorded by them, shared into it from a bouwteam and withdrawn. */
@Injectable()
export class GroupLessonsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groupLessons: GroupLessonsRepository,
    private readonly lessons: LessonsRepository,
    private readonly sessions: IntervisionSessionsRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, learningGroupId: string): Promise<{ items: GroupLesson[] }> {
    return this.dataSource.transaction(async (manager) => {
      requireContextAccess({
        principal: actor.principal,
        context: groupContext(learningGroupId),
        read: 'lesson:read',
        notFound: groupNotFound,
      });
      const found = await this.groupLessons.ofGroup(manager, learningGroupId);
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'group-lesson', context: groupContext(learningGroupId) },
        found.map((lesson) => ({ recordId: lesson.id, context: groupContext(learningGroupId) })),
      );
      return { items: found.map((lesson) => toGroupLesson(lesson, actor.principal)) };
    });
  }

  create(actor: Actor, learningGroupId: string, input: GroupLessonCreate): Promise<GroupLesson> {
    return this.dataSource.transaction(async (manager) => {
      requireContextAccess({
        principal: actor.principal,
        context: groupContext(learningGroupId),
        read: 'lesson:read',
        act: 'group-lesson:write',
        notFound: groupNotFound,
      });
      assertNoIdentifiers({ text: input.text });
      const sessionIds = [...new Set(input.sessionIds)];
      if ((await this.sessions.countInLearningGroup(manager, sessionIds, learningGroupId)) !== sessionIds.length) {
        throw new LessonError(
          LessonErrorCode.LINK_NOT_FOUND,
          'Een gekoppelde bijeenkomst hoort niet bij deze leergroep.',
          [{ name: 'body.sessionIds', reason: 'Onbekende bijeenkomst van deze leergroep.', code: 'not_found' }],
        );
      }
      const id = await this.groupLessons.insert(manager, {
        learningGroupId,
        text: input.text,
        sessionIds,
        dimensions: [...new Set(input.dimensions)],
        theme: input.theme,
        sharedFromLessonId: null,
        sharedFromTeamId: null,
        sharedById: null,
        recordedById: actor.person.id,
      });
      return this.logged(manager, actor, await this.groupLessons.get(manager, id), 'create');
    });
  }

  /**
   * A copy of a bouwteam lesson in a group the caller is a member of: its text, theme and dimensions, never its cases or
   * sessions. The text passes the privacy guard again, as the group is a wider audience than the bouwteam.
   */
  share(actor: Actor, lessonId: string, input: LessonShare): Promise<GroupLesson> {
    return this.dataSource.transaction(async (manager) => {
      const lesson = await this.lessons.find(manager, lessonId);
      if (!lesson) throw lessonNotFound();
      requireTeamAccess({
        principal: actor.principal,
        buildingTeamId: lesson.buildingTeamId,
        read: 'lesson:read',
        notFound: lessonNotFound,
      });
      requireContextAccess({
        principal: actor.principal,
        context: groupContext(input.learningGroupId),
        read: 'lesson:read',
        act: 'group-lesson:write',
        notFound: groupNotFound,
      });
      assertNoIdentifiers({ text: lesson.text });
      if (await this.groupLessons.isShared(manager, lessonId, input.learningGroupId)) {
        throw new LessonError(LessonErrorCode.ALREADY_SHARED, 'Deze les is al gedeeld met deze leergroep.', [
          { name: 'body.learningGroupId', reason: 'Al gedeeld met deze leergroep.', code: 'already_shared' },
        ]);
      }
      const id = await this.groupLessons.insert(manager, {
        learningGroupId: input.learningGroupId,
        text: lesson.text,
        sessionIds: [],
        dimensions: [...lesson.dimensions],
        theme: lesson.theme,
        sharedFromLessonId: lesson.id,
        sharedFromTeamId: lesson.buildingTeamId,
        sharedById: actor.person.id,
        recordedById: lesson.recordedById,
      });
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'lesson',
        recordId: lesson.id,
        recordOwnerId: lesson.recordedById,
        context: { type: 'building-team', id: lesson.buildingTeamId },
      });
      return this.logged(manager, actor, await this.groupLessons.get(manager, id), 'create');
    });
  }

  /** Only its sharer or an administrator withdraws a shared copy; the group's own lessons are not withdrawn here. */
  withdraw(actor: Actor, id: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const lesson = await this.groupLessons.find(manager, id);
      const { principal } = actor;
      if (
        !lesson ||
        (!principal.isAdmin &&
          !can({ principal, permission: 'lesson:read', context: groupContext(lesson.learningGroupId) }))
      ) {
        throw lessonNotFound();
      }
      if (lesson.sharedById === null || (!principal.isAdmin && lesson.sharedById !== actor.person.id)) {
        throw new AuthError(AuthErrorCode.FORBIDDEN, 'Alleen wie de les deelde, of een beheerder, trekt haar terug.');
      }
      await this.groupLessons.withdraw(manager, id, this.clock.now());
      await this.logged(manager, actor, lesson, 'delete');
    });
  }

  private async logged(
    manager: EntityManager,
    actor: Actor,
    lesson: GroupLessonEntity,
    event: 'create' | 'delete',
  ): Promise<GroupLesson> {
    await this.accessLog.record(manager, actor, {
      event,
      recordType: 'group-lesson',
      recordId: lesson.id,
      context: groupContext(lesson.learningGroupId),
    });
    return toGroupLesson(lesson, actor.principal);
  }
}
