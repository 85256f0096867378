import { Injectable } from '@nestjs/common';
import {
  applySessionCommand,
  AuthError,
  AuthErrorCode,
  can,
  IntervisionError,
  IntervisionErrorCode,
  mayPostInput,
  phaseTiming,
  visibleInputs,
  type ActionStatus,
  type IntervisionAction,
  type IntervisionActionCreate,
  type IntervisionActionUpdate,
  type IntervisionSession,
  type IntervisionSessionCreate,
  type IntervisionSessionListQuery,
  type IntervisionSessionSummary,
  type Page,
  type Principal,
  type SessionCommand,
  type ContextRef,
  type SessionEvent,
  type SessionProgress,
  type SessionRole,
  type SessionText,
} from '@leerkring/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { Clock } from '../common/clock.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { IntervisionActionEntity } from './intervision-action.entity.js';
import { IntervisionMethodEntity } from './intervision-method.entity.js';
import { IntervisionSessionEntity } from './intervision-session.entity.js';
import { IntervisionInputEntity, IntervisionNoteEntity } from './session-text.entity.js';
import { SessionEvents } from './session-events.js';

const relations = { buildingTeam: true, inbrenger: true, facilitator: true, noteTaker: true } as const;
const teamContext = (buildingTeamId: string) => ({ type: 'building-team' as const, id: buildingTeamId });
/** Statuses of an action that still has to be done. */
const openStatuses: ActionStatus[] = ['open', 'carried-on'];

const refusals: Record<string, { code: IntervisionErrorCode; message: string }> = {
  'only-facilitator': {
    code: IntervisionErrorCode.SESSION_ROLE,
    message: 'Alleen de facilitator van deze sessie leidt de fasen.',
  },
  'not-a-participant': { code: IntervisionErrorCode.SESSION_ROLE, message: 'Je neemt niet deel aan deze sessie.' },
  'inbrenger-listens': { code: IntervisionErrorCode.SESSION_ROLE, message: 'In deze fase luistert de inbrenger.' },
  'only-note-taker': {
    code: IntervisionErrorCode.SESSION_ROLE,
    message: 'Alleen de notulist van deze sessie maakt fase-aantekeningen.',
  },
  'only-facilitator-or-note-taker': {
    code: IntervisionErrorCode.SESSION_ROLE,
    message: 'Alleen de facilitator of de notulist legt acties vast.',
  },
  'not-planned': { code: IntervisionErrorCode.SESSION_STATE, message: 'Deze sessie is al begonnen.' },
  'not-running': { code: IntervisionErrorCode.SESSION_STATE, message: 'Deze sessie loopt niet.' },
  'not-started': { code: IntervisionErrorCode.SESSION_STATE, message: 'Deze sessie is nog niet begonnen.' },
  'no-next-phase': { code: IntervisionErrorCode.SESSION_STATE, message: 'Dit is de laatste fase; beëindig de sessie.' },
  'no-previous-phase': { code: IntervisionErrorCode.SESSION_STATE, message: 'Dit is de eerste fase.' },
  'nothing-to-reveal': { code: IntervisionErrorCode.SESSION_STATE, message: 'In deze fase is niets te onthullen.' },
  'already-revealed': { code: IntervisionErrorCode.SESSION_STATE, message: 'De inbreng van deze fase is al onthuld.' },
};

function refuse(reason: string, field: string): never {
  const refusal = refusals[reason] ?? { code: IntervisionErrorCode.SESSION_STATE, message: reason };
  throw new IntervisionError(refusal.code, refusal.message, [{ name: field, reason: refusal.message, code: reason }]);
}

/** Free text never names a person: refused with the field, kind and offsets of what was found; nothing is stored. */
const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new IntervisionError(
      IntervisionErrorCode.IDENTIFIER_FOUND,
      'Intervisie gaat over situaties, nooit over personen: haal de gemarkeerde gegevens weg.',
      findings,
    ),
);

export function rolesOf(session: IntervisionSessionEntity, personId: string): SessionRole[] {
  const roles: SessionRole[] = [];
  if (session.inbrengerId === personId) roles.push('inbrenger');
  if (session.facilitatorId === personId) roles.push('facilitator');
  if (session.noteTakerId === personId) roles.push('note-taker');
  if (session.participantIds.includes(personId)) roles.push('participant');
  return roles;
}

const progressOf = (session: IntervisionSessionEntity): SessionProgress => ({
  ...session.progress,
  status: session.status,
});

@Injectable()
export class IntervisionSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
    private readonly events: SessionEvents,
  ) {}

  list(actor: Actor, query: IntervisionSessionListQuery): Promise<Page<IntervisionSessionSummary>> {
    return this.dataSource.transaction(async (manager) => {
      const builder = manager
        .getRepository(IntervisionSessionEntity)
        .createQueryBuilder('session')
        .innerJoinAndSelect('session.buildingTeam', 'buildingTeam')
        .innerJoinAndSelect('session.inbrenger', 'inbrenger')
        .innerJoinAndSelect('session.facilitator', 'facilitator')
        .orderBy('session.plannedDate', 'DESC')
        .addOrderBy('session.createdAt', 'DESC')
        .addOrderBy('session.id', 'ASC');
      scopeToContexts({
        builder,
        column: 'session.buildingTeamId',
        principal: actor.principal,
        permission: 'session:read',
        contextType: 'building-team',
      });
      if (query.buildingTeamId)
        builder.andWhere('session.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
      if (query.status) builder.andWhere('session.status = :status', { status: query.status });
      const page = await findPage(builder, query, toSummary);
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
      const session = await this.findVisible(manager, actor.principal, id);
      await this.logSession(manager, actor, session, 'read');
      return this.toSession(manager, session, actor.person.id);
    });
  }

  create(actor: Actor, input: IntervisionSessionCreate): Promise<IntervisionSession> {
    return this.dataSource.transaction(async (manager) => {
      const { buildingTeamId } = input;
      if (
        !can({ principal: actor.principal, permission: 'session:read', context: teamContext(buildingTeamId) }) ||
        !(await manager.getRepository(BuildingTeamEntity).existsBy({ id: buildingTeamId }))
      ) {
        throw new IntervisionError(IntervisionErrorCode.BUILDING_TEAM_NOT_FOUND, 'Dit bouwteam bestaat niet.');
      }
      if (!can({ principal: actor.principal, permission: 'session:write', context: teamContext(buildingTeamId) })) {
        throw new AuthError(
          AuthErrorCode.FORBIDDEN,
          'Alleen partners en facilitators van het bouwteam plannen intervisiesessies.',
        );
      }
      const method = await manager.getRepository(IntervisionMethodEntity).findOneBy({ id: input.methodId });
      if (!method) invalidReference('body.methodId', 'Deze intervisiemethode bestaat niet.');
      if (input.caseIds.length > 0) {
        const found = await manager.getRepository(CaseEntity).countBy({ id: In(input.caseIds), buildingTeamId });
        if (found !== input.caseIds.length)
          invalidReference('body.caseIds', 'Elke casus moet een casus van dit bouwteam zijn.');
      }
      const members = await this.memberRoles(manager, buildingTeamId, [
        input.inbrengerId,
        input.facilitatorId,
        input.noteTakerId,
        ...input.participantIds,
      ]);
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
      const sessions = manager.getRepository(IntervisionSessionEntity);
      const { id } = await sessions.save(
        sessions.create({
          buildingTeamId,
          methodId: method!.id,
          methodCode: method!.code,
          methodName: method!.name,
          phases: method!.phases,
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
        }),
      );
      const session = await sessions.findOneOrFail({ where: { id }, relations });
      await this.logSession(manager, actor, session, 'create');
      return this.toSession(manager, session, actor.person.id);
    });
  }

  async command(actor: Actor, id: string, command: SessionCommand): Promise<IntervisionSession> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.findVisible(manager, actor.principal, id);
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
      await manager.getRepository(IntervisionSessionEntity).update(
        { id },
        {
          status,
          progress,
          updatedAt: now,
          ...(command === 'start' ? { startedAt: now } : {}),
          ...(command === 'end' ? { endedAt: now } : {}),
        },
      );
      const updated = await manager.getRepository(IntervisionSessionEntity).findOneOrFail({ where: { id }, relations });
      await this.logSession(manager, actor, updated, 'update');
      return {
        view: await this.toSession(manager, updated, actor.person.id),
        event: await this.eventOf(manager, updated, 'progress'),
      };
    });
    this.events.publish(result.event);
    return result.view;
  }

  listInputs(actor: Actor, id: string): Promise<{ items: SessionText[] }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.findVisible(manager, actor.principal, id);
      const inputs = await manager
        .getRepository(IntervisionInputEntity)
        .find({ where: { sessionId: id }, relations: { author: true }, order: { createdAt: 'ASC', id: 'ASC' } });
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
        context: teamContext(session.buildingTeamId),
      });
      return { items: visible.map(toText) };
    });
  }

  async createInput(actor: Actor, id: string, text: string): Promise<SessionText> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.findVisible(manager, actor.principal, id);
      const allowed = mayPostInput({
        progress: progressOf(session),
        phases: session.phases,
        roles: rolesOf(session, actor.person.id),
      });
      if (!allowed.ok) refuse(allowed.reason, 'body.text');
      assertNoIdentifiers({ text });
      const inputs = manager.getRepository(IntervisionInputEntity);
      const { id: inputId } = await inputs.save(
        inputs.create({
          sessionId: id,
          phase: session.progress.currentPhase!,
          authorId: actor.person.id,
          text,
          createdAt: this.clock.now(),
        }),
      );
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'intervision-input',
        recordId: inputId,
        recordOwnerId: actor.person.id,
        context: teamContext(session.buildingTeamId),
      });
      const stored = await inputs.findOneOrFail({ where: { id: inputId }, relations: { author: true } });
      return { text: toText(stored), event: await this.eventOf(manager, session, 'input') };
    });
    this.events.publish(result.event);
    return result.text;
  }

  listNotes(actor: Actor, id: string): Promise<{ items: SessionText[] }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.findVisible(manager, actor.principal, id);
      const notes = await manager
        .getRepository(IntervisionNoteEntity)
        .find({ where: { sessionId: id }, relations: { author: true }, order: { createdAt: 'ASC', id: 'ASC' } });
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'intervision-note',
        recordId: id,
        context: teamContext(session.buildingTeamId),
      });
      return { items: notes.map(toText) };
    });
  }

  async createNote(actor: Actor, id: string, text: string): Promise<SessionText> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.findVisible(manager, actor.principal, id);
      if (!rolesOf(session, actor.person.id).includes('note-taker')) refuse('only-note-taker', 'body.text');
      if (session.status !== 'running' || session.progress.currentPhase === null) refuse('not-running', 'body.text');
      assertNoIdentifiers({ text });
      const notes = manager.getRepository(IntervisionNoteEntity);
      const { id: noteId } = await notes.save(
        notes.create({
          sessionId: id,
          phase: session.progress.currentPhase!,
          authorId: actor.person.id,
          text,
          createdAt: this.clock.now(),
        }),
      );
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'intervision-note',
        recordId: noteId,
        recordOwnerId: actor.person.id,
        context: teamContext(session.buildingTeamId),
      });
      const stored = await notes.findOneOrFail({ where: { id: noteId }, relations: { author: true } });
      return { text: toText(stored), event: await this.eventOf(manager, session, 'note') };
    });
    this.events.publish(result.event);
    return result.text;
  }

  async createAction(actor: Actor, id: string, input: IntervisionActionCreate): Promise<IntervisionAction> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.findVisible(manager, actor.principal, id);
      const roles = rolesOf(session, actor.person.id);
      if (!roles.includes('facilitator') && !roles.includes('note-taker'))
        refuse('only-facilitator-or-note-taker', 'body');
      if (session.status === 'planned') refuse('not-started', 'body');
      assertNoIdentifiers({ what: input.what });
      if (input.ownerId) await this.assertMember(manager, session.buildingTeamId, input.ownerId, 'body.ownerId');
      const actions = manager.getRepository(IntervisionActionEntity);
      const { id: actionId } = await actions.save(
        actions.create({
          sessionId: id,
          what: input.what,
          ownerId: input.ownerId ?? null,
          dueDate: input.dueDate,
          status: 'open',
          createdById: actor.person.id,
        }),
      );
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'intervision-action',
        recordId: actionId,
        context: teamContext(session.buildingTeamId),
      });
      const stored = await actions.findOneOrFail({ where: { id: actionId }, relations: { owner: true } });
      return { action: toAction(stored), event: await this.eventOf(manager, session, 'action') };
    });
    this.events.publish(result.event);
    return result.action;
  }

  async updateAction(actor: Actor, actionId: string, input: IntervisionActionUpdate): Promise<IntervisionAction> {
    const result = await this.dataSource.transaction(async (manager) => {
      const actions = manager.getRepository(IntervisionActionEntity);
      const action = await actions.findOneBy({ id: actionId });
      const session =
        action &&
        (await manager.getRepository(IntervisionSessionEntity).findOne({ where: { id: action.sessionId }, relations }));
      if (
        !action ||
        !session ||
        !can({ principal: actor.principal, permission: 'session:read', context: teamContext(session.buildingTeamId) })
      ) {
        throw new IntervisionError(IntervisionErrorCode.ACTION_NOT_FOUND, 'Deze actie bestaat niet.');
      }
      if (
        action.ownerId !== actor.person.id &&
        !can({ principal: actor.principal, permission: 'session:write', context: teamContext(session.buildingTeamId) })
      ) {
        throw new AuthError(
          AuthErrorCode.FORBIDDEN,
          'Alleen de eigenaar van de actie, of een partner of facilitator van het bouwteam, wijzigt haar.',
        );
      }
      if (input.what !== undefined) assertNoIdentifiers({ what: input.what });
      if (input.ownerId) await this.assertMember(manager, session.buildingTeamId, input.ownerId, 'body.ownerId');
      await actions.update(
        { id: actionId },
        {
          ...(input.status !== undefined ? { status: input.status } : {}),
          ...(input.what !== undefined ? { what: input.what } : {}),
          ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
          ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
          updatedAt: this.clock.now(),
        },
      );
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'intervision-action',
        recordId: actionId,
        context: teamContext(session.buildingTeamId),
      });
      const stored = await actions.findOneOrFail({ where: { id: actionId }, relations: { owner: true } });
      return { action: toAction(stored), event: await this.eventOf(manager, session, 'action') };
    });
    this.events.publish(result.event);
    return result.action;
  }

  /**
   * The first event of a live stream and the bouwteam whose rights it follows; answers 404 for a session the caller
   * may not see, before the stream opens.
   */
  snapshot(actor: Actor, id: string): Promise<{ event: SessionEvent; context: ContextRef }> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.findVisible(manager, actor.principal, id);
      await this.logSession(manager, actor, session, 'read');
      return { event: await this.eventOf(manager, session, 'snapshot'), context: teamContext(session.buildingTeamId) };
    });
  }

  /** A session of a bouwteam the caller is not part of answers as if it did not exist. */
  private async findVisible(
    manager: EntityManager,
    principal: Principal,
    id: string,
  ): Promise<IntervisionSessionEntity> {
    const session = await manager.getRepository(IntervisionSessionEntity).findOne({ where: { id }, relations });
    if (!session || !can({ principal, permission: 'session:read', context: teamContext(session.buildingTeamId) })) {
      throw new IntervisionError(IntervisionErrorCode.SESSION_NOT_FOUND, 'Deze intervisiesessie bestaat niet.');
    }
    return session;
  }

  private logSession(
    manager: EntityManager,
    actor: Actor,
    session: IntervisionSessionEntity,
    event: 'read' | 'create' | 'update',
  ) {
    return this.accessLog.record(manager, actor, {
      event,
      recordType: 'intervision-session',
      recordId: session.id,
      context: teamContext(session.buildingTeamId),
    });
  }

  /** Each person's roles in the bouwteam, for the people asked about. */
  private async memberRoles(
    manager: EntityManager,
    buildingTeamId: string,
    personIds: string[],
  ): Promise<Map<string, string[]>> {
    const memberships = await manager.getRepository(MembershipEntity).findBy({
      contextType: 'building-team',
      contextId: buildingTeamId,
      personId: In([...new Set(personIds)]),
      status: 'active',
    });
    const roles = new Map<string, string[]>();
    for (const membership of memberships)
      roles.set(membership.personId, [...(roles.get(membership.personId) ?? []), membership.role]);
    return roles;
  }

  private async assertMember(
    manager: EntityManager,
    buildingTeamId: string,
    personId: string,
    field: string,
  ): Promise<void> {
    if (!(await this.memberRoles(manager, buildingTeamId, [personId])).has(personId))
      invalidReference(field, 'Alleen leden van het bouwteam.');
  }

  private async eventOf(
    manager: EntityManager,
    session: IntervisionSessionEntity,
    type: SessionEvent['type'],
  ): Promise<SessionEvent> {
    const fresh = await manager.getRepository(IntervisionSessionEntity).findOneByOrFail({ id: session.id });
    const counts = await countsPerPhase(manager, IntervisionInputEntity, session.id);
    const notes = await manager.getRepository(IntervisionNoteEntity).countBy({ sessionId: session.id });
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

  private async toSession(
    manager: EntityManager,
    session: IntervisionSessionEntity,
    viewerId: string,
  ): Promise<IntervisionSession> {
    const now = this.clock.now().toISOString();
    const progress = progressOf(session);
    const inputCounts = await countsPerPhase(manager, IntervisionInputEntity, session.id);
    const noteCounts = await countsPerPhase(manager, IntervisionNoteEntity, session.id);
    const actions = await manager
      .getRepository(IntervisionActionEntity)
      .find({ where: { sessionId: session.id }, relations: { owner: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    const showPrevious = session.status === 'planned' || (session.status === 'running' && progress.currentPhase === 0);
    const personIds = [
      ...new Set([session.inbrengerId, session.facilitatorId, session.noteTakerId, ...session.participantIds]),
    ];
    const people = new Map(
      (await manager.getRepository(PersonEntity).findBy({ id: In(personIds) })).map((person) => [person.id, person]),
    );
    const cases =
      session.caseIds.length > 0 ? await manager.getRepository(CaseEntity).findBy({ id: In(session.caseIds) }) : [];
    const current = progress.currentPhase;
    const currentPhase = current === null ? null : session.phases[current]!;
    return {
      ...toSummary(session),
      previousOpenActions: showPrevious ? await this.previousOpenActions(manager, session) : [],
      currentPhase:
        current === null || !currentPhase
          ? null
          : {
              index: current,
              key: currentPhase.key,
              name: currentPhase.name,
              prompt: currentPhase.prompt,
              inputMode: currentPhase.inputMode,
              timing: phaseTiming({ progress, phases: session.phases, phase: current, now }),
              revealed: progress.revealedPhases.includes(current),
              enteredAt: progress.visits.at(-1)?.enteredAt ?? now,
            },
      phases: session.phases.map((phase, index) => ({
        ...phase,
        index,
        timing: phaseTiming({ progress, phases: session.phases, phase: index, now }),
        revealed: progress.revealedPhases.includes(index),
        inputCount: inputCounts.get(index) ?? 0,
        noteCount: noteCounts.get(index) ?? 0,
      })),
      roles: personIds.map((personId) => ({
        person: { id: personId, name: people.get(personId)?.name ?? '' },
        roles: rolesOf(session, personId),
      })),
      myRoles: rolesOf(session, viewerId),
      cases: cases.map((found) => ({ id: found.id, name: found.title })),
      actions: actions.map(toAction),
      createdAt: session.createdAt.toISOString(),
      updatedAt: session.updatedAt.toISOString(),
    };
  }

  /** The open actions of the bouwteam's latest ended session planned on or before this one. */
  private async previousOpenActions(
    manager: EntityManager,
    session: IntervisionSessionEntity,
  ): Promise<IntervisionAction[]> {
    const previous = await manager
      .getRepository(IntervisionSessionEntity)
      .createQueryBuilder('session')
      .where('session.buildingTeamId = :buildingTeamId', { buildingTeamId: session.buildingTeamId })
      .andWhere('session.id != :id', { id: session.id })
      .andWhere('session.status = :ended', { ended: 'ended' })
      .andWhere('session.plannedDate <= :plannedDate', { plannedDate: session.plannedDate })
      .orderBy('session.plannedDate', 'DESC')
      .addOrderBy('session.endedAt', 'DESC')
      .getOne();
    if (!previous) return [];
    const actions = await manager.getRepository(IntervisionActionEntity).find({
      where: { sessionId: previous.id, status: In(openStatuses) },
      relations: { owner: true },
      order: { dueDate: 'ASC', createdAt: 'ASC' },
    });
    return actions.map(toAction);
  }
}

function invalidReference(field: string, reason: string): never {
  throw new IntervisionError(IntervisionErrorCode.INVALID_REFERENCE, reason, [
    { name: field, reason, code: 'invalid_reference' },
  ]);
}

async function countsPerPhase(
  manager: EntityManager,
  entity: typeof IntervisionInputEntity | typeof IntervisionNoteEntity,
  sessionId: string,
): Promise<Map<number, number>> {
  const rows = await manager
    .getRepository(entity)
    .createQueryBuilder('text')
    .select('text.phase', 'phase')
    .addSelect('COUNT(*)', 'count')
    .where('text.sessionId = :sessionId', { sessionId })
    .groupBy('text.phase')
    .getRawMany<{ phase: number | string; count: number | string }>();
  return new Map(rows.map((row) => [Number(row.phase), Number(row.count)]));
}

function toSummary(session: IntervisionSessionEntity): IntervisionSessionSummary {
  return {
    id: session.id,
    buildingTeam: { id: session.buildingTeam.id, name: session.buildingTeam.name },
    method: { id: session.methodId, code: session.methodCode, name: session.methodName },
    plannedDate: session.plannedDate,
    status: session.status,
    currentPhaseIndex: session.progress.currentPhase,
    facilitator: { id: session.facilitator.id, name: session.facilitator.name },
    inbrenger: { id: session.inbrenger.id, name: session.inbrenger.name },
    startedAt: session.startedAt?.toISOString() ?? null,
    endedAt: session.endedAt?.toISOString() ?? null,
  };
}

function toText(entity: IntervisionInputEntity | IntervisionNoteEntity): SessionText {
  return {
    id: entity.id,
    phase: entity.phase,
    author: { id: entity.author.id, name: entity.author.name },
    text: entity.text,
    createdAt: entity.createdAt.toISOString(),
  };
}

function toAction(entity: IntervisionActionEntity): IntervisionAction {
  return {
    id: entity.id,
    sessionId: entity.sessionId,
    what: entity.what,
    owner: entity.owner ? { id: entity.owner.id, name: entity.owner.name } : null,
    dueDate: entity.dueDate,
    status: entity.status,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
