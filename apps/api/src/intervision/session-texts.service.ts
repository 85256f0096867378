import { Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, mayPostInput, visibleInputs, type SessionText } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { toText } from './intervision.mapper.js';
import { SessionEvents } from './session-events.js';
import { assertNoIdentifiers, progressOf, refuse, rolesOf, contextOf } from './session-rules.js';
import { SessionTextsRepository } from './session-texts.repository.js';
import { SessionViews } from './session-views.service.js';

/** The texts of a session: inputs per phase (private ones hidden until the reveal) and the note-taker's notes. */
@Injectable()
export class SessionTextsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly texts: SessionTextsRepository,
    private readonly views: SessionViews,
    private readonly events: SessionEvents,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  /** Inputs and notes retell the session's cases: for its participants and those who may read case content. */
  private assertSeesTexts(session: Parameters<SessionViews['seesTexts']>[0], actor: Actor): void {
    if (!this.views.seesTexts(session, actor)) {
      throw new AuthError(
        AuthErrorCode.FORBIDDEN,
        'De inbreng en notities van een sessie zijn voor de deelnemers en wie casusinhoud mag lezen.',
      );
    }
  }

  listInputs(actor: Actor, id: string): Promise<{ items: SessionText[] }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.views.findVisible(manager, actor.principal, id);
      this.assertSeesTexts(session, actor);
      const inputs = await this.texts.inputsOf(manager, id);
      // Private inputs of others never leave the server before the reveal — whoever asks, the facilitator included.
      const visible = visibleInputs({
        inputs,
        phases: session.phases,
        progress: progressOf(session),
        viewerId: actor.person.id,
      });
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'intervision-input',
        recordId: id,
        context: contextOf(session),
      });
      return { items: visible.map(toText) };
    });
  }

  async createInput(actor: Actor, id: string, text: string): Promise<SessionText> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.views.findVisible(manager, actor.principal, id);
      const allowed = mayPostInput({
        progress: progressOf(session),
        phases: session.phases,
        roles: rolesOf(session, actor.person.id),
      });
      if (!allowed.ok) refuse(allowed.reason, 'body.text');
      assertNoIdentifiers({ text });
      const inputId = await this.texts.insertInput(manager, {
        sessionId: id,
        phase: session.progress.currentPhase!,
        authorId: actor.person.id,
        text,
        createdAt: this.clock.now(),
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'intervision-input',
        recordId: inputId,
        recordOwnerId: actor.person.id,
        context: contextOf(session),
      });
      const stored = await this.texts.getInput(manager, inputId);
      return { text: toText(stored), event: await this.views.eventOf(manager, session, 'input') };
    });
    this.events.publish(result.event);
    return result.text;
  }

  listNotes(actor: Actor, id: string): Promise<{ items: SessionText[] }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.views.findVisible(manager, actor.principal, id);
      this.assertSeesTexts(session, actor);
      const notes = await this.texts.notesOf(manager, id);
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'intervision-note',
        recordId: id,
        context: contextOf(session),
      });
      return { items: notes.map(toText) };
    });
  }

  async createNote(actor: Actor, id: string, text: string): Promise<SessionText> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.views.findVisible(manager, actor.principal, id);
      if (!rolesOf(session, actor.person.id).includes('note-taker')) refuse('only-note-taker', 'body.text');
      if (session.status !== 'running' || session.progress.currentPhase === null) refuse('not-running', 'body.text');
      assertNoIdentifiers({ text });
      const noteId = await this.texts.insertNote(manager, {
        sessionId: id,
        phase: session.progress.currentPhase!,
        authorId: actor.person.id,
        text,
        createdAt: this.clock.now(),
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'intervision-note',
        recordId: noteId,
        recordOwnerId: actor.person.id,
        context: contextOf(session),
      });
      const stored = await this.texts.getNote(manager, noteId);
      return { text: toText(stored), event: await this.views.eventOf(manager, session, 'note') };
    });
    this.events.publish(result.event);
    return result.text;
  }
}
