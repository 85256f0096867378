import { Injectable } from '@nestjs/common';
import {
  applySessionCommand,
  type ContextRef,
  type IntervisionSession,
  type SessionCommand,
  type SessionEvent,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { IntervisionSessionsRepository } from './intervision-sessions.repository.js';
import { SessionEvents } from './session-events.js';
import { progressOf, refuse, rolesOf, contextOf } from './session-rules.js';
import { SessionViews } from './session-views.service.js';

/** Running a session through its phases (start, next, back, reveal, end), and what its live followers see first. */
@Injectable()
export class SessionRunningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: IntervisionSessionsRepository,
    private readonly views: SessionViews,
    private readonly events: SessionEvents,
    private readonly clock: Clock,
  ) {}

  async command(actor: Actor, id: string, command: SessionCommand): Promise<IntervisionSession> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.views.findVisible(manager, actor.principal, id);
      const now = this.clock.now();
      const outcome = applySessionCommand({
        progress: progressOf(session),
        command,
        roles: rolesOf(session, actor.person.id),
        phases: session.phases,
        now: now.toISOString(),
      });
      if (!outcome.ok) refuse(outcome.reason, 'body.command');
      const { status, ...progress } = outcome.progress;
      await this.sessions.update(manager, id, {
        status,
        progress,
        updatedAt: now,
        ...(command === 'start' ? { startedAt: now } : {}),
        ...(command === 'end' ? { endedAt: now } : {}),
      });
      const updated = await this.sessions.get(manager, id);
      await this.views.logSession(manager, actor, updated, 'update');
      return {
        view: await this.views.view(manager, updated, actor),
        event: await this.views.eventOf(manager, updated, 'progress'),
      };
    });
    this.events.publish(result.event);
    return result.view;
  }

  /**
   * The first event of a live stream and the bouwteam whose rights it follows; answers 404 for a session the caller
   * may not see, before the stream opens.
   */
  snapshot(actor: Actor, id: string): Promise<{ event: SessionEvent; context: ContextRef }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.views.findVisible(manager, actor.principal, id);
      await this.views.logSession(manager, actor, session, 'read');
      return {
        event: await this.views.eventOf(manager, session, 'snapshot'),
        context: contextOf(session),
      };
    });
  }
}
