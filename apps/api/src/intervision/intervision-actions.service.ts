import { Injectable } from '@nestjs/common';
import {
  AuthError,
  AuthErrorCode,
  can,
  IntervisionError,
  IntervisionErrorCode,
  type IntervisionAction,
  type IntervisionActionCreate,
  type IntervisionActionUpdate,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { IntervisionActionsRepository } from './intervision-actions.repository.js';
import { IntervisionSessionsRepository } from './intervision-sessions.repository.js';
import { toAction } from './intervision.mapper.js';
import { SessionEvents } from './session-events.js';
import {
  assertNoIdentifiers,
  invalidReference,
  refuse,
  rolesOf,
  contextOf,
  planPermission,
  type SessionContextRef,
} from './session-rules.js';
import { SessionViews } from './session-views.service.js';

/** The actions a session agrees on: recorded by its facilitator or note-taker, kept up by their owners. */
@Injectable()
export class IntervisionActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actions: IntervisionActionsRepository,
    private readonly sessions: IntervisionSessionsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly views: SessionViews,
    private readonly events: SessionEvents,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, id: string, input: IntervisionActionCreate): Promise<IntervisionAction> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.views.findVisible(manager, actor.principal, id);
      const roles = rolesOf(session, actor.person.id);
      if (!roles.includes('facilitator') && !roles.includes('note-taker'))
        refuse('only-facilitator-or-note-taker', 'body');
      if (session.status === 'planned') refuse('not-started', 'body');
      assertNoIdentifiers({ what: input.what });
      if (input.ownerId) await this.assertMember(manager, contextOf(session), input.ownerId, 'body.ownerId');
      const actionId = await this.actions.insert(manager, {
        sessionId: id,
        what: input.what,
        ownerId: input.ownerId ?? null,
        dueDate: input.dueDate,
        status: 'open',
        createdById: actor.person.id,
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'intervision-action',
        recordId: actionId,
        context: contextOf(session),
      });
      const stored = await this.actions.get(manager, actionId);
      return { action: toAction(stored), event: await this.views.eventOf(manager, session, 'action') };
    });
    this.events.publish(result.event);
    return result.action;
  }

  async update(actor: Actor, actionId: string, input: IntervisionActionUpdate): Promise<IntervisionAction> {
    const result = await this.dataSource.transaction(async (manager) => {
      const action = await this.actions.find(manager, actionId);
      const session = action && (await this.sessions.find(manager, action.sessionId));
      if (
        !action ||
        !session ||
        !can({ principal: actor.principal, permission: 'session:read', context: contextOf(session) })
      ) {
        throw new IntervisionError(IntervisionErrorCode.ACTION_NOT_FOUND, 'Deze actie bestaat niet.');
      }
      if (
        action.ownerId !== actor.person.id &&
        !can({
          principal: actor.principal,
          permission: planPermission(contextOf(session)),
          context: contextOf(session),
        })
      ) {
        throw new AuthError(
          AuthErrorCode.FORBIDDEN,
          'Alleen de eigenaar van de actie, of wie de sessies plant (partner of facilitator van het bouwteam, coördinator van de leergroep), wijzigt haar.',
        );
      }
      if (input.what !== undefined) assertNoIdentifiers({ what: input.what });
      if (input.ownerId) await this.assertMember(manager, contextOf(session), input.ownerId, 'body.ownerId');
      await this.actions.update(manager, actionId, {
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.what !== undefined ? { what: input.what } : {}),
        ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
        ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
        updatedAt: this.clock.now(),
      });
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'intervision-action',
        recordId: actionId,
        context: contextOf(session),
      });
      const stored = await this.actions.get(manager, actionId);
      return { action: toAction(stored), event: await this.views.eventOf(manager, session, 'action') };
    });
    this.events.publish(result.event);
    return result.action;
  }

  /** An action's owner is a member of the session's bouwteam or learning group. */
  private async assertMember(
    manager: EntityManager,
    context: SessionContextRef,
    personId: string,
    field: string,
  ): Promise<void> {
    const roles = await this.memberships.activeRoles(manager, {
      contextType: context.type,
      contextId: context.id,
      personIds: [personId],
    });
    if (!roles.has(personId))
      invalidReference(
        field,
        context.type === 'building-team' ? 'Alleen leden van het bouwteam.' : 'Alleen leden van de leergroep.',
      );
  }
}
