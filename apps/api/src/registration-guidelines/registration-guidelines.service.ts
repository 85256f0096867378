import { Injectable } from '@nestjs/common';
import {
  AuthError,
  AuthErrorCode,
  can,
  GuidelineError,
  GuidelineErrorCode,
  type Page,
  type PageQuery,
  type Principal,
  type RegistrationGuideline,
  type RegistrationGuidelineCreate,
} from '@leerkring/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { findPage } from '../common/pagination.js';
import { identifierFindings } from '../common/privacy-guard.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { scopeToContexts } from '../common/scope.js';
import { toReference } from '../organisations/organisation.mapper.js';
import { RegistrationGuidelineEntity } from './registration-guideline.entity.js';

const teamContext = (id: string) => ({ type: 'building-team' as const, id });

/** The version in force of a bouwteam's guideline, if any. */
export function guidelineInForce(
  manager: EntityManager,
  buildingTeamId: string,
): Promise<RegistrationGuidelineEntity | null> {
  return manager.getRepository(RegistrationGuidelineEntity).findOneBy({ buildingTeamId, status: 'in-force' });
}

export function toGuideline(entity: RegistrationGuidelineEntity): RegistrationGuideline {
  return {
    id: entity.id,
    buildingTeam: toReference(entity.buildingTeam),
    version: entity.version,
    status: entity.status,
    clauses: entity.clauses,
    changelog: entity.changelog,
    lessonIds: entity.lessonIds,
    inForceSince: entity.inForceSince?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
  };
}

@Injectable()
export class RegistrationGuidelinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  list(
    principal: Principal,
    query: PageQuery & { buildingTeamId?: string | undefined; status?: RegistrationGuideline['status'] | undefined },
  ): Promise<Page<RegistrationGuideline>> {
    const builder = this.dataSource
      .getRepository(RegistrationGuidelineEntity)
      .createQueryBuilder('guideline')
      .innerJoinAndSelect('guideline.buildingTeam', 'buildingTeam')
      .orderBy('buildingTeam.name', 'ASC')
      .addOrderBy('guideline.version', 'DESC');
    scopeToContexts({
      builder,
      column: 'guideline.buildingTeamId',
      principal,
      permission: 'guideline:read',
      contextType: 'building-team',
    });
    if (query.buildingTeamId)
      builder.andWhere('guideline.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
    if (query.status) builder.andWhere('guideline.status = :status', { status: query.status });
    return findPage(builder, query, toGuideline);
  }

  async get(principal: Principal, id: string): Promise<RegistrationGuideline> {
    return toGuideline(await this.findVisible(this.dataSource.manager, principal, id));
  }

  create(actor: Actor, input: RegistrationGuidelineCreate): Promise<RegistrationGuideline> {
    return this.dataSource.transaction(async (manager) => {
      const context = teamContext(input.buildingTeamId);
      if (!can({ principal: actor.principal, permission: 'guideline:read', context })) {
        throw new GuidelineError(GuidelineErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
      }
      if (!can({ principal: actor.principal, permission: 'guideline:write', context })) {
        throw new AuthError(
          AuthErrorCode.FORBIDDEN,
          'Alleen partners en facilitators van het bouwteam schrijven de richtlijn.',
        );
      }
      // A guideline is about what we record, never about a person: every free text passes the privacy guard.
      const findings = identifierFindings({
        changelog: input.changelog,
        ...Object.fromEntries(
          input.clauses.flatMap((clause, index) => [
            [`clauses.${index}.purpose.nl`, clause.purpose.nl],
            [`clauses.${index}.purpose.en`, clause.purpose.en],
            [`clauses.${index}.retention`, clause.retention],
          ]),
        ),
      });
      if (findings.length > 0)
        throw new GuidelineError(
          GuidelineErrorCode.IDENTIFIER_FOUND,
          'Een richtlijn gaat over wat we vastleggen, nooit over een persoon.',
          findings,
        );
      if (input.lessonIds.length > 0) {
        const found = new Set(
          (
            await manager
              .getRepository(LessonEntity)
              .findBy({ id: In(input.lessonIds), buildingTeamId: input.buildingTeamId })
          ).map((lesson) => lesson.id),
        );
        const invalid = input.lessonIds.flatMap((lessonId, index) =>
          found.has(lessonId)
            ? []
            : [{ name: `body.lessonIds.${index}`, reason: 'Onbekende les van dit bouwteam.', code: 'not_found' }],
        );
        if (invalid.length > 0)
          throw new GuidelineError(
            GuidelineErrorCode.LESSON_NOT_FOUND,
            'Een gekoppelde les hoort niet bij dit bouwteam.',
            invalid,
          );
      }
      const repository = manager.getRepository(RegistrationGuidelineEntity);
      const latest = await repository.findOne({
        where: { buildingTeamId: input.buildingTeamId },
        order: { version: 'DESC' },
      });
      const { id } = await repository.save({
        buildingTeamId: input.buildingTeamId,
        version: (latest?.version ?? 0) + 1,
        status: 'concept',
        clauses: input.clauses,
        changelog: input.changelog,
        lessonIds: input.lessonIds,
        inForceSince: null,
      });
      if (input.putInForce) await this.putInForce(manager, id);
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'registration-guideline',
        recordId: id,
        context,
      });
      return toGuideline(await repository.findOneOrFail({ where: { id }, relations: { buildingTeam: true } }));
    });
  }

  putConceptInForce(actor: Actor, id: string): Promise<RegistrationGuideline> {
    return this.dataSource.transaction(async (manager) => {
      const guideline = await this.findVisible(manager, actor.principal, id);
      const context = teamContext(guideline.buildingTeamId);
      if (!can({ principal: actor.principal, permission: 'guideline:write', context })) {
        throw new AuthError(
          AuthErrorCode.FORBIDDEN,
          'Alleen partners en facilitators van het bouwteam stellen de richtlijn in werking.',
        );
      }
      if (guideline.status !== 'concept')
        throw new GuidelineError(GuidelineErrorCode.NOT_A_CONCEPT, 'Alleen een concept kan in werking treden.');
      await this.putInForce(manager, id);
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'registration-guideline',
        recordId: id,
        context,
      });
      return toGuideline(
        await manager
          .getRepository(RegistrationGuidelineEntity)
          .findOneOrFail({ where: { id }, relations: { buildingTeam: true } }),
      );
    });
  }

  /** One version in force per bouwteam: the one in force is superseded in the same transaction. */
  private async putInForce(manager: EntityManager, id: string): Promise<void> {
    const repository = manager.getRepository(RegistrationGuidelineEntity);
    const guideline = await repository.findOneByOrFail({ id });
    await repository.update({ buildingTeamId: guideline.buildingTeamId, status: 'in-force' }, { status: 'superseded' });
    await repository.update({ id }, { status: 'in-force', inForceSince: this.clock.now() });
  }

  private async findVisible(
    manager: EntityManager,
    principal: Principal,
    id: string,
  ): Promise<RegistrationGuidelineEntity> {
    const guideline = await manager
      .getRepository(RegistrationGuidelineEntity)
      .findOne({ where: { id }, relations: { buildingTeam: true } });
    if (
      !guideline ||
      !can({ principal, permission: 'guideline:read', context: teamContext(guideline.buildingTeamId) })
    ) {
      throw new GuidelineError(GuidelineErrorCode.NOT_FOUND, 'Deze richtlijn bestaat niet.');
    }
    return guideline;
  }
}
