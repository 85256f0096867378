import { Injectable } from '@nestjs/common';
import {
  AuthError,
  AuthErrorCode,
  can,
  IntervisionError,
  IntervisionErrorCode,
  type IntervisionSession,
  type IntervisionSessionCreate,
  type IntervisionSessionListQuery,
  type IntervisionSessionSummary,
  type Page,
  type Role,
  type SessionCandidate,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { IntervisionMethodsRepository } from './intervision-methods.repository.js';
import { IntervisionSessionsRepository } from './intervision-sessions.repository.js';
import { toSummary } from './intervision.mapper.js';
import { invalidReference, teamContext } from './session-rules.js';
import { SessionViews } from './session-views.service.js';

/** Which sessions there are, one session, and planning a new one with its method, cases and people in their roles. */
@Injectable()
export class IntervisionPlanningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: IntervisionSessionsRepository,
    private readonly methods: IntervisionMethodsRepository,
    private readonly buildingTeams: BuildingTeamsRepository,
    private readonly cases: CasesRepository,
    private readonly memberships: MembershipsRepository,
    private readonly views: SessionViews,
    private readonly accessLog: AccessLogService,
  ) {}

  list(actor: Actor, query: IntervisionSessionListQuery): Promise<Page<IntervisionSessionSummary>> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.sessions.page(manager, actor.principal, query);
      const page = { items: found.items.map(toSummary), meta: found.meta };
      await this.accessLog.recordSearch(
        manager,
        actor,
        {
          recordType: 'intervision-session',
          ...(query.buildingTeamId ? { context: teamContext(query.buildingTeamId) } : {}),
        },
        page.items.map((item) => ({ recordId: item.id, context: teamContext(item.buildingTeam.id) })),
      );
      return page;
    });
  }

  get(actor: Actor, id: string): Promise<IntervisionSession> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.views.findVisible(manager, actor.principal, id);
      await this.views.logSession(manager, actor, session, 'read');
      return this.views.view(manager, session, actor);
    });
  }

  /**
   * The bouwteam's active members, for whoever plans a session to choose its roles from, by name. Another bouwteam is
   * a 404; a member who may not plan sessions gets 403.
   */
  candidates(actor: Actor, buildingTeamId: string): Promise<{ items: SessionCandidate[] }> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertMayPlan(manager, actor, buildingTeamId);
      const memberships = await this.memberships.activeInContextWithPeople(manager, {
        contextType: 'building-team',
        contextId: buildingTeamId,
      });
      const byPerson = new Map<string, SessionCandidate>();
      for (const { person, role } of memberships) {
        const known = byPerson.get(person.id);
        const roles: Role[] = [...(known?.roles ?? []), role];
        byPerson.set(person.id, {
          person: { id: person.id, name: person.name },
          organisation: { id: person.organisation.id, name: person.organisation.name },
          roles,
          mayFacilitate: roles.some((held) => held === 'partner' || held === 'facilitator'),
        });
      }
      return {
        items: [...byPerson.values()].sort(
          (a, b) => a.person.name.localeCompare(b.person.name, 'nl') || a.person.id.localeCompare(b.person.id),
        ),
      };
    });
  }

  private async assertMayPlan(manager: EntityManager, actor: Actor, buildingTeamId: string): Promise<void> {
    if (
      !can({ principal: actor.principal, permission: 'session:read', context: teamContext(buildingTeamId) }) ||
      !(await this.buildingTeams.exists(manager, buildingTeamId))
    ) {
      throw new IntervisionError(IntervisionErrorCode.BUILDING_TEAM_NOT_FOUND, 'Dit bouwteam bestaat niet.');
    }
    if (!can({ principal: actor.principal, permission: 'session:write', context: teamContext(buildingTeamId) })) {
      throw new AuthError(
        AuthErrorCode.FORBIDDEN,
        'Alleen partners en facilitators van het bouwteam plannen intervisiesessies.',
      );
    }
  }

  create(actor: Actor, input: IntervisionSessionCreate): Promise<IntervisionSession> {
    return this.dataSource.transaction(async (manager) => {
      const { buildingTeamId } = input;
      await this.assertMayPlan(manager, actor, buildingTeamId);
      const method = await this.methods.find(manager, input.methodId);
      if (!method) invalidReference('body.methodId', 'Deze intervisiemethode bestaat niet.');
      if (input.caseIds.length > 0) {
        const found = await this.cases.countInBuildingTeam(manager, input.caseIds, buildingTeamId);
        if (found !== input.caseIds.length)
          invalidReference('body.caseIds', 'Elke casus moet een casus van dit bouwteam zijn.');
      }
      const members = await this.memberships.activeRoles(manager, {
        contextType: 'building-team',
        contextId: buildingTeamId,
        personIds: [input.inbrengerId, input.facilitatorId, input.noteTakerId, ...input.participantIds],
      });
      const notMember = (field: string, ids: string[]) => {
        if (ids.some((personId) => !members.has(personId)))
          invalidReference(field, 'Alleen leden van het bouwteam hebben een rol in de sessie.');
      };
      notMember('body.inbrengerId', [input.inbrengerId]);
      notMember('body.facilitatorId', [input.facilitatorId]);
      notMember('body.noteTakerId', [input.noteTakerId]);
      notMember('body.participantIds', input.participantIds);
      if (!members.get(input.facilitatorId)!.some((role) => role === 'partner' || role === 'facilitator')) {
        invalidReference(
          'body.facilitatorId',
          'De facilitator van een sessie is een partner of facilitator van het bouwteam.',
        );
      }
      const id = await this.sessions.insert(manager, {
        buildingTeamId,
        methodId: method.id,
        methodCode: method.code,
        methodName: method.name,
        phases: method.phases,
        plannedDate: input.plannedDate,
        status: 'planned',
        progress: { currentPhase: null, visits: [], revealedPhases: [] },
        caseIds: input.caseIds,
        inbrengerId: input.inbrengerId,
        facilitatorId: input.facilitatorId,
        noteTakerId: input.noteTakerId,
        participantIds: input.participantIds,
        startedAt: null,
        endedAt: null,
        createdById: actor.person.id,
      });
      const session = await this.sessions.get(manager, id);
      await this.views.logSession(manager, actor, session, 'create');
      return this.views.view(manager, session, actor);
    });
  }
}
