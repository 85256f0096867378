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
  type LearningGroupSessionCreate,
  type Page,
  type Role,
  type SessionCandidate,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { LearningGroupsRepository } from '../learning-groups/learning-groups.repository.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { IntervisionMethodsRepository } from './intervision-methods.repository.js';
import { IntervisionSessionsRepository } from './intervision-sessions.repository.js';
import { toSummary } from './intervision.mapper.js';
import {
  contextOf,
  facilitatingRoles,
  groupContext,
  invalidReference,
  planPermission,
  teamContext,
  type SessionContextRef,
} from './session-rules.js';
import { SessionViews } from './session-views.service.js';

/**
 * Which sessions there are, one session, and planning a new one — of a bouwteam or a learning group — with its method,
 * cases and people in their roles.
 */
@Injectable()
export class IntervisionPlanningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: IntervisionSessionsRepository,
    private readonly methods: IntervisionMethodsRepository,
    private readonly buildingTeams: BuildingTeamsRepository,
    private readonly learningGroups: LearningGroupsRepository,
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
          ...(query.learningGroupId ? { context: groupContext(query.learningGroupId) } : {}),
        },
        found.items.map((item) => ({ recordId: item.id, context: contextOf(item) })),
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
   * The active members of the bouwteam or learning group, for whoever plans a session to choose its roles from, by
   * name. Another bouwteam or group is a 404; a member who may not plan sessions gets 403.
   */
  candidates(actor: Actor, context: SessionContextRef): Promise<{ items: SessionCandidate[] }> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertMayPlan(manager, actor, context);
      const memberships = await this.memberships.activeInContextWithPeople(manager, {
        contextType: context.type,
        contextId: context.id,
      });
      const facilitating = facilitatingRoles(context);
      const byPerson = new Map<string, SessionCandidate>();
      for (const { person, role } of memberships) {
        const known = byPerson.get(person.id);
        const roles: Role[] = [...(known?.roles ?? []), role];
        byPerson.set(person.id, {
          person: { id: person.id, name: person.name },
          organisation: { id: person.organisation.id, name: person.organisation.name },
          roles,
          mayFacilitate: roles.some((held) => facilitating.includes(held)),
        });
      }
      return {
        items: [...byPerson.values()].sort(
          (a, b) => a.person.name.localeCompare(b.person.name, 'nl') || a.person.id.localeCompare(b.person.id),
        ),
      };
    });
  }

  private async assertMayPlan(manager: EntityManager, actor: Actor, context: SessionContextRef): Promise<void> {
    const exists =
      context.type === 'building-team'
        ? await this.buildingTeams.exists(manager, context.id)
        : await this.learningGroups.exists(manager, context.id);
    if (!can({ principal: actor.principal, permission: 'session:read', context }) || !exists) {
      throw context.type === 'building-team'
        ? new IntervisionError(IntervisionErrorCode.BUILDING_TEAM_NOT_FOUND, 'Dit bouwteam bestaat niet.')
        : new IntervisionError(IntervisionErrorCode.LEARNING_GROUP_NOT_FOUND, 'Deze leergroep bestaat niet.');
    }
    if (!can({ principal: actor.principal, permission: planPermission(context), context })) {
      throw new AuthError(
        AuthErrorCode.FORBIDDEN,
        context.type === 'building-team'
          ? 'Alleen partners en facilitators van het bouwteam plannen intervisiesessies.'
          : 'Alleen de coördinator van de leergroep plant haar bijeenkomsten.',
      );
    }
  }

  create(actor: Actor, input: IntervisionSessionCreate): Promise<IntervisionSession> {
    const { buildingTeamId, ...rest } = input;
    return this.plan(actor, teamContext(buildingTeamId), rest);
  }

  /** A meeting of a learning group: a session without cases (the group cannot see a bouwteam's cases). */
  createInGroup(actor: Actor, learningGroupId: string, input: LearningGroupSessionCreate): Promise<IntervisionSession> {
    return this.plan(actor, groupContext(learningGroupId), { ...input, caseIds: [] });
  }

  private plan(
    actor: Actor,
    context: SessionContextRef,
    input: Omit<IntervisionSessionCreate, 'buildingTeamId'>,
  ): Promise<IntervisionSession> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertMayPlan(manager, actor, context);
      const method = await this.methods.find(manager, input.methodId);
      if (!method) invalidReference('body.methodId', 'Deze intervisiemethode bestaat niet.');
      if (input.caseIds.length > 0) {
        const found = await this.cases.countInBuildingTeam(manager, input.caseIds, context.id);
        if (found !== input.caseIds.length)
          invalidReference('body.caseIds', 'Elke casus moet een casus van dit bouwteam zijn.');
      }
      const members = await this.memberships.activeRoles(manager, {
        contextType: context.type,
        contextId: context.id,
        personIds: [input.inbrengerId, input.facilitatorId, input.noteTakerId, ...input.participantIds],
      });
      const inTeam = context.type === 'building-team';
      const notMember = (field: string, ids: string[]) => {
        if (ids.some((personId) => !members.has(personId)))
          invalidReference(
            field,
            inTeam
              ? 'Alleen leden van het bouwteam hebben een rol in de sessie.'
              : 'Alleen leden van de leergroep hebben een rol in de bijeenkomst.',
          );
      };
      notMember('body.inbrengerId', [input.inbrengerId]);
      notMember('body.facilitatorId', [input.facilitatorId]);
      notMember('body.noteTakerId', [input.noteTakerId]);
      notMember('body.participantIds', input.participantIds);
      const facilitating = facilitatingRoles(context);
      if (!members.get(input.facilitatorId)!.some((role) => facilitating.includes(role))) {
        invalidReference(
          'body.facilitatorId',
          inTeam
            ? 'De facilitator van een sessie is een partner of facilitator van het bouwteam.'
            : 'De facilitator van een bijeenkomst is de coördinator of een partner van de leergroep.',
        );
      }
      const id = await this.sessions.insert(manager, {
        buildingTeamId: inTeam ? context.id : null,
        learningGroupId: inTeam ? null : context.id,
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
