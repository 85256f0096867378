import { Injectable } from '@nestjs/common';
import {
  can,
  IntervisionError,
  maySeeSessionTexts,
  IntervisionErrorCode,
  type IntervisionSession,
  type Principal,
  type SessionEvent,
} from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { PeopleRepository } from '../people/people.repository.js';
import type { IntervisionSessionEntity } from './intervision-session.entity.js';
import { IntervisionSessionsRepository } from './intervision-sessions.repository.js';
import { peopleOf, showsPreviousActions, toSession } from './intervision.mapper.js';
import { SessionTextsRepository } from './session-texts.repository.js';
import { rolesOf, contextOf } from './session-rules.js';

/** A session as its reader finds and sees it, the log of who did, and the event its followers get after a change. */
@Injectable()
export class SessionViews {
  constructor(
    private readonly sessions: IntervisionSessionsRepository,
    private readonly texts: SessionTextsRepository,
    private readonly people: PeopleRepository,
    private readonly cases: CasesRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  /** A session of a bouwteam or learning group the caller is not part of answers as if it did not exist. */
  async findVisible(manager: EntityManager, principal: Principal, id: string): Promise<IntervisionSessionEntity> {
    const session = await this.sessions.find(manager, id);
    if (!session || !can({ principal, permission: 'session:read', context: contextOf(session) })) {
      throw new IntervisionError(IntervisionErrorCode.SESSION_NOT_FOUND, 'Deze intervisiesessie bestaat niet.');
    }
    return session;
  }

  logSession(
    manager: EntityManager,
    actor: Actor,
    session: IntervisionSessionEntity,
    event: 'read' | 'create' | 'update',
  ) {
    return this.accessLog.record(manager, actor, {
      event,
      recordType: 'intervision-session',
      recordId: session.id,
      context: contextOf(session),
    });
  }

  /** Whether the viewer sees the session's texts: a participant, or a member who may read case content. */
  seesTexts(session: IntervisionSessionEntity, actor: Actor): boolean {
    return maySeeSessionTexts({
      principal: actor.principal,
      context: contextOf(session),
      sessionRoles: rolesOf(session, actor.person.id),
    });
  }

  /**
   * The full view of a session for one viewer: phases with their timing and counts, roles, cases and actions — the
   * texts among them only for a viewer who `seesTexts`.
   */
  async view(manager: EntityManager, session: IntervisionSessionEntity, actor: Actor): Promise<IntervisionSession> {
    const viewerId = actor.person.id;
    const now = this.clock.now().toISOString();
    const data = await this.sessions.viewData(manager, session, {
      withPreviousOpenActions: showsPreviousActions(session),
    });
    const names = await this.people.namesByIds(manager, peopleOf(session));
    const cases = session.caseIds.length > 0 ? await this.cases.titles(manager, session.caseIds) : [];
    return toSession(session, { ...data, names, cases }, { viewerId, now, seesTexts: this.seesTexts(session, actor) });
  }

  /** What the followers of a session are told after a change, read afresh. */
  async eventOf(
    manager: EntityManager,
    session: IntervisionSessionEntity,
    type: SessionEvent['type'],
  ): Promise<SessionEvent> {
    const fresh = await this.sessions.getPlain(manager, session.id);
    const counts = await this.sessions.inputCountsPerPhase(manager, session.id);
    const notes = await this.texts.countNotes(manager, session.id);
    return {
      type,
      sessionId: session.id,
      status: fresh.status,
      currentPhaseIndex: fresh.progress.currentPhase,
      revealedPhases: [...fresh.progress.revealedPhases],
      inputCounts: fresh.phases.map((_, index) => counts.get(index) ?? 0),
      noteCount: notes,
      at: this.clock.now().toISOString(),
    };
  }
}
