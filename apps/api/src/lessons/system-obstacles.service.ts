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
import { CasesRepository } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { requireTeamAccess } from '../common/team-access.js';
import type { SystemObstacleEntity } from './system-obstacle.entity.js';
import { toObstacle } from './system-obstacle.mapper.js';
import { SystemObstaclesRepository } from './system-obstacles.repository.js';

const notFound = () => new SystemObstacleError(SystemObstacleErrorCode.NOT_FOUND, 'Deze systeemhobbel bestaat niet.');
const caseNotFound = () =>
  new SystemObstacleError(SystemObstacleErrorCode.CASE_NOT_FOUND, 'Een gekoppelde casus hoort niet bij dit bouwteam.');

@Injectable()
export class SystemObstaclesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly obstacles: SystemObstaclesRepository,
    private readonly cases: CasesRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    query: {
      page: number;
      pageSize: number;
      buildingTeamId?: string | undefined;
      escalationStatus?: string | undefined;
      legalFramework?: string | undefined;
    },
  ): Promise<Page<SystemObstacle>> {
    const page = await this.obstacles.findVisiblePage(this.dataSource.manager, actor.principal, query);
    return { ...page, items: page.items.map(toObstacle) };
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
      await this.assertCasesOfTeam(manager, input.buildingTeamId, input.caseIds);
      const id = await this.obstacles.insert(manager, {
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
      return toObstacle(await this.obstacles.findOrFail(manager, id));
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
      if (input.caseIds) await this.assertCasesOfTeam(manager, obstacle.buildingTeamId, input.caseIds);
      await this.obstacles.update(manager, id, {
        ...input,
        ...(input.caseIds ? { caseIds: [...new Set(input.caseIds)] } : {}),
        updatedAt: this.clock.now(),
      });
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'system-obstacle',
        recordId: id,
        context: { type: 'building-team', id: obstacle.buildingTeamId },
      });
      return toObstacle(await this.obstacles.findOrFail(manager, id));
    });
  }

  private async find(manager: EntityManager, id: string): Promise<SystemObstacleEntity> {
    const obstacle = await this.obstacles.find(manager, id);
    if (!obstacle) throw notFound();
    return obstacle;
  }

  /** Cases linked to an obstacle must belong to its bouwteam. */
  private async assertCasesOfTeam(manager: EntityManager, buildingTeamId: string, caseIds: readonly string[]) {
    if (!(await this.cases.allOfTeam(manager, buildingTeamId, caseIds))) throw caseNotFound();
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
