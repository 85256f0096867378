import { Injectable } from '@nestjs/common';
import type { ActionStatus, IntervisionSessionListQuery, Page, Principal } from '@leerkring/domain';
import { In, type EntityManager } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToAnyContext, scopeToContexts } from '../common/scope.js';
import { IntervisionActionEntity } from './intervision-action.entity.js';
import { IntervisionSessionEntity } from './intervision-session.entity.js';
import { IntervisionInputEntity, IntervisionNoteEntity } from './session-text.entity.js';

const relations = {
  buildingTeam: true,
  learningGroup: true,
  inbrenger: true,
  facilitator: true,
  noteTaker: true,
} as const;
/** Statuses of an action that still has to be done. */
const openStatuses: ActionStatus[] = ['open', 'carried-on'];

export type NewSession = Pick<
  IntervisionSessionEntity,
  | 'buildingTeamId'
  | 'learningGroupId'
  | 'methodId'
  | 'methodCode'
  | 'methodName'
  | 'phases'
  | 'plannedDate'
  | 'status'
  | 'progress'
  | 'caseIds'
  | 'inbrengerId'
  | 'facilitatorId'
  | 'noteTakerId'
  | 'participantIds'
  | 'startedAt'
  | 'endedAt'
  | 'createdById'
>;
export type SessionChanges = Partial<
  Pick<IntervisionSessionEntity, 'status' | 'progress' | 'startedAt' | 'endedAt'>
> & {
  updatedAt: Date;
};

/** Intervision sessions, with the bouwteam or learning group and the people in their roles. */
@Injectable()
export class IntervisionSessionsRepository {
  /** One page of the sessions of bouwteams and learning groups where the principal may read them, the latest planned first. */
  page(
    manager: EntityManager,
    principal: Principal,
    query: IntervisionSessionListQuery,
  ): Promise<Page<IntervisionSessionEntity>> {
    const builder = manager
      .getRepository(IntervisionSessionEntity)
      .createQueryBuilder('session')
      .leftJoinAndSelect('session.buildingTeam', 'buildingTeam')
      .leftJoinAndSelect('session.learningGroup', 'learningGroup')
      .innerJoinAndSelect('session.inbrenger', 'inbrenger')
      .innerJoinAndSelect('session.facilitator', 'facilitator')
      .orderBy('session.plannedDate', 'DESC')
      .addOrderBy('session.createdAt', 'DESC')
      .addOrderBy('session.id', 'ASC');
    scopeToAnyContext({
      builder,
      contexts: [
        { column: 'session.buildingTeamId', contextType: 'building-team' },
        { column: 'session.learningGroupId', contextType: 'learning-group' },
      ],
      principal,
      permission: 'session:read',
    });
    if (query.buildingTeamId)
      builder.andWhere('session.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
    if (query.learningGroupId)
      builder.andWhere('session.learningGroupId = :learningGroupId', { learningGroupId: query.learningGroupId });
    if (query.status) builder.andWhere('session.status = :status', { status: query.status });
    return findPage(builder, query, (entity) => entity);
  }

  /**
   * Sessions of bouwteams where the principal may read them that are running, or planned for today or later: running
   * ones first, then by date.
   */
  comingFor(
    manager: EntityManager,
    principal: Principal,
    today: string,
    limit: number,
  ): Promise<IntervisionSessionEntity[]> {
    const builder = manager
      .getRepository(IntervisionSessionEntity)
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.buildingTeam', 'buildingTeam')
      // Calendar dates are stored as YYYY-MM-DD, so comparing them as text compares them as dates.
      .where("(session.status = 'running' OR (session.status = 'planned' AND session.plannedDate >= :today))", {
        today,
      })
      .orderBy("CASE WHEN session.status = 'running' THEN 0 ELSE 1 END", 'ASC')
      .addOrderBy('session.plannedDate', 'ASC')
      .addOrderBy('session.id', 'ASC')
      .limit(limit);
    scopeToContexts({
      builder,
      column: 'session.buildingTeamId',
      principal,
      permission: 'session:read',
      contextType: 'building-team',
    });
    return builder.getMany();
  }

  find(manager: EntityManager, id: string): Promise<IntervisionSessionEntity | null> {
    return manager.getRepository(IntervisionSessionEntity).findOne({ where: { id }, relations });
  }

  get(manager: EntityManager, id: string): Promise<IntervisionSessionEntity> {
    return manager.getRepository(IntervisionSessionEntity).findOneOrFail({ where: { id }, relations });
  }

  /** The session's own columns as they are now, without relations. */
  getPlain(manager: EntityManager, id: string): Promise<IntervisionSessionEntity> {
    return manager.getRepository(IntervisionSessionEntity).findOneByOrFail({ id });
  }

  /** How many of these ids are sessions of the learning group. */
  countInLearningGroup(manager: EntityManager, ids: readonly string[], learningGroupId: string): Promise<number> {
    if (ids.length === 0) return Promise.resolve(0);
    return manager.getRepository(IntervisionSessionEntity).countBy({ id: In([...ids]), learningGroupId });
  }

  async insert(manager: EntityManager, session: NewSession): Promise<string> {
    const sessions = manager.getRepository(IntervisionSessionEntity);
    const { id } = await sessions.save(sessions.create(session));
    return id;
  }

  async update(manager: EntityManager, id: string, changes: SessionChanges): Promise<void> {
    await manager.getRepository(IntervisionSessionEntity).update({ id }, changes);
  }

  /** The number of inputs per phase index. */
  inputCountsPerPhase(manager: EntityManager, sessionId: string): Promise<Map<number, number>> {
    return this.countsPerPhase(manager, IntervisionInputEntity, sessionId);
  }

  private async countsPerPhase(
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

  /**
   * What the full view of a session needs of this feature: inputs and notes per phase, its actions, and (when asked)
   * the open actions of the bouwteam's latest ended session planned on or before this one.
   */
  async viewData(
    manager: EntityManager,
    session: IntervisionSessionEntity,
    { withPreviousOpenActions }: { withPreviousOpenActions: boolean },
  ): Promise<{
    inputCounts: Map<number, number>;
    noteCounts: Map<number, number>;
    actions: IntervisionActionEntity[];
    previousOpenActions: IntervisionActionEntity[];
  }> {
    const inputCounts = await this.countsPerPhase(manager, IntervisionInputEntity, session.id);
    const noteCounts = await this.countsPerPhase(manager, IntervisionNoteEntity, session.id);
    const actions = await manager
      .getRepository(IntervisionActionEntity)
      .find({ where: { sessionId: session.id }, relations: { owner: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return {
      inputCounts,
      noteCounts,
      actions,
      previousOpenActions: withPreviousOpenActions ? await this.previousOpenActions(manager, session) : [],
    };
  }

  private async previousOpenActions(
    manager: EntityManager,
    session: IntervisionSessionEntity,
  ): Promise<IntervisionActionEntity[]> {
    const previous = await manager
      .getRepository(IntervisionSessionEntity)
      .createQueryBuilder('session')
      .where(
        session.buildingTeamId !== null
          ? 'session.buildingTeamId = :contextId'
          : 'session.learningGroupId = :contextId',
        { contextId: session.buildingTeamId ?? session.learningGroupId },
      )
      .andWhere('session.id != :id', { id: session.id })
      .andWhere('session.status = :ended', { ended: 'ended' })
      .andWhere('session.plannedDate <= :plannedDate', { plannedDate: session.plannedDate })
      .orderBy('session.plannedDate', 'DESC')
      .addOrderBy('session.endedAt', 'DESC')
      .getOne();
    if (!previous) return [];
    return manager.getRepository(IntervisionActionEntity).find({
      where: { sessionId: previous.id, status: In(openStatuses) },
      relations: { owner: true },
      order: { dueDate: 'ASC', createdAt: 'ASC' },
    });
  }
}
