import { Injectable } from '@nestjs/common';
import {
  SystemObstacleError,
  SystemObstacleErrorCode,
  type Page,
  type SystemObstacle,
  type SystemObstacleCreate,
  type SystemObstacleUpdate,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { findPage } from '../common/pagination.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { scopeToContexts } from '../common/scope.js';
import { requireTeamAccess } from '../common/team-access.js';
import { toReference } from '../organisations/organisation.mapper.js';
import { assertCasesOfTeam } from './lessons.service.js';
import { SystemObstacleEntity } from './system-obstacle.entity.js';

const notFound = () => new SystemObstacleError(SystemObstacleErrorCode.NOT_FOUND, 'Deze systeemhobbel bestaat niet.');
const caseNotFound = () =>
  new SystemObstacleError(SystemObstacleErrorCode.CASE_NOT_FOUND, 'Een gekoppelde casus hoort niet bij dit bouwteam.');

function toObstacle(entity: SystemObstacleEntity): SystemObstacle {
  return {
    id: entity.id,
    buildingTeam: toReference(entity.buildingTeam),
    title: entity.title,
    description: entity.description,
    legalFramework: entity.legalFramework,
    caseIds: entity.caseIds,
    escalationStatus: entity.escalationStatus,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

@Injectable()
export class SystemObstaclesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  list(
    actor: Actor,
    query: {
      page: number;
      pageSize: number;
      buildingTeamId?: string | undefined;
      escalationStatus?: string | undefined;
      legalFramework?: string | undefined;
    },
  ): Promise<Page<SystemObstacle>> {
    const builder = this.dataSource
      .getRepository(SystemObstacleEntity)
      .createQueryBuilder('obstacle')
      .innerJoinAndSelect('obstacle.buildingTeam', 'buildingTeam')
      .orderBy('obstacle.createdAt', 'DESC')
      .addOrderBy('obstacle.id', 'ASC');
    scopeToContexts({
      builder,
      column: 'obstacle.buildingTeamId',
      principal: actor.principal,
      permission: 'obstacle:read',
      contextType: 'building-team',
    });
    if (query.buildingTeamId)
      builder.andWhere('obstacle.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
    if (query.escalationStatus)
      builder.andWhere('obstacle.escalationStatus = :escalationStatus', { escalationStatus: query.escalationStatus });
    if (query.legalFramework)
      builder.andWhere('obstacle.legalFramework = :legalFramework', { legalFramework: query.legalFramework });
    return findPage(builder, query, toObstacle);
  }

  create(actor: Actor, input: SystemObstacleCreate): Promise<SystemObstacle> {
    return this.dataSource.transaction(async (manager) => {
      requireTeamAccess({
        principal: actor.principal,
        buildingTeamId: input.buildingTeamId,
        read: 'obstacle:read',
        act: 'obstacle:write',
        notFound,
      });
      assertNoIdentifiers({ title: input.title, description: input.description });
      await assertCasesOfTeam(manager, input.buildingTeamId, input.caseIds, caseNotFound);
      const { id } = await manager.getRepository(SystemObstacleEntity).save({
        buildingTeamId: input.buildingTeamId,
        title: input.title,
        description: input.description,
        legalFramework: input.legalFramework ?? null,
        caseIds: [...new Set(input.caseIds)],
        escalationStatus: 'open',
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'system-obstacle',
        recordId: id,
        context: { type: 'building-team', id: input.buildingTeamId },
      });
      return toObstacle(
        await manager
          .getRepository(SystemObstacleEntity)
          .findOneOrFail({ where: { id }, relations: { buildingTeam: true } }),
      );
    });
  }

  update(actor: Actor, id: string, input: SystemObstacleUpdate): Promise<SystemObstacle> {
    return this.dataSource.transaction(async (manager) => {
      const obstacle = await this.find(manager, id);
      requireTeamAccess({
        principal: actor.principal,
        buildingTeamId: obstacle.buildingTeamId,
        read: 'obstacle:read',
        act: 'obstacle:write',
        notFound,
      });
      assertNoIdentifiers({ title: input.title, description: input.description });
      if (input.caseIds) await assertCasesOfTeam(manager, obstacle.buildingTeamId, input.caseIds, caseNotFound);
      await manager
        .getRepository(SystemObstacleEntity)
        .update(
          { id },
          { ...input, ...(input.caseIds ? { caseIds: [...new Set(input.caseIds)] } : {}), updatedAt: this.clock.now() },
        );
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'system-obstacle',
        recordId: id,
        context: { type: 'building-team', id: obstacle.buildingTeamId },
      });
      return toObstacle(
        await manager
          .getRepository(SystemObstacleEntity)
          .findOneOrFail({ where: { id }, relations: { buildingTeam: true } }),
      );
    });
  }

  private async find(manager: EntityManager, id: string): Promise<SystemObstacleEntity> {
    const obstacle = await manager.getRepository(SystemObstacleEntity).findOneBy({ id });
    if (!obstacle) throw notFound();
    return obstacle;
  }
}

const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new SystemObstacleError(
      SystemObstacleErrorCode.IDENTIFIER_FOUND,
      'Een systeemhobbel beschrijft een regel of geldstroom, nooit een persoon.',
      findings,
    ),
);
