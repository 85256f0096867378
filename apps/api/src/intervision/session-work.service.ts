import { Injectable } from '@nestjs/common';
import { calendarDateAt, workListLimit, type Principal, type WorkAction, type WorkSession } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { IntervisionActionsRepository } from './intervision-actions.repository.js';
import { IntervisionSessionsRepository } from './intervision-sessions.repository.js';
import { rolesOf } from './session-rules.js';

/** The intervision part of the work list ("Voor jou"): my coming sessions and the open actions of me or my organisation. */
@Injectable()
export class SessionWork {
  constructor(
    private readonly sessions: IntervisionSessionsRepository,
    private readonly actions: IntervisionActionsRepository,
    private readonly clock: Clock,
  ) {}

  async of(manager: EntityManager, principal: Principal): Promise<{ sessions: WorkSession[]; actions: WorkAction[] }> {
    const today = calendarDateAt(this.clock.now());
    const [sessions, actions] = await Promise.all([
      this.sessions.comingFor(manager, principal, today, workListLimit),
      this.actions.openOfOrganisation(manager, principal, workListLimit),
    ]);
    return {
      // The work list shows bouwteam sessions (its queries join the bouwteam); a learning group's meetings are on the group's page.
      sessions: sessions.flatMap((session) =>
        session.buildingTeam
          ? [
              {
                id: session.id,
                buildingTeam: { id: session.buildingTeam.id, name: session.buildingTeam.name },
                method: { id: session.methodId, code: session.methodCode, name: session.methodName },
                plannedDate: session.plannedDate,
                status: session.status === 'running' ? ('running' as const) : ('planned' as const),
                myRoles: rolesOf(session, principal.personId),
              },
            ]
          : [],
      ),
      actions: actions.flatMap((action) =>
        action.owner && action.status !== 'done' && action.session.buildingTeam
          ? [
              {
                id: action.id,
                sessionId: action.sessionId,
                buildingTeam: { id: action.session.buildingTeam.id, name: action.session.buildingTeam.name },
                what: action.what,
                owner: { id: action.owner.id, name: action.owner.name },
                mine: action.owner.id === principal.personId,
                dueDate: action.dueDate,
                status: action.status,
              },
            ]
          : [],
      ),
    };
  }
}
