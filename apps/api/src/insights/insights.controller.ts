import { Controller, Injectable, Module } from '@nestjs/common';
import {
  CaseError,
  CaseErrorCode,
  getQuestionShiftInsight,
  questionShifts,
  type OperationInput,
  type QuestionShiftInsight,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { CaseEntity } from '../cases/case.entity.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { scopeToContexts } from '../common/scope.js';
import { requireTeamAccess } from '../common/team-access.js';

/** Aggregated insight from cases: only counts leave the server, with small cells suppressed by the domain rule. */
@Injectable()
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  questionShifts(actor: Actor, buildingTeamId: string | undefined): Promise<QuestionShiftInsight> {
    return this.dataSource.transaction(async (manager) => {
      if (buildingTeamId) {
        requireTeamAccess({
          principal: actor.principal,
          buildingTeamId,
          read: 'insight:read',
          notFound: () => new CaseError(CaseErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.'),
        });
      }
      const builder = manager
        .getRepository(CaseEntity)
        .createQueryBuilder('case')
        .select(['case.id', 'case.presentingDimensions', 'case.underlyingDimensions', 'case.buildingTeamId']);
      scopeToContexts({
        builder,
        column: 'case.buildingTeamId',
        principal: actor.principal,
        permission: 'insight:read',
        contextType: 'building-team',
      });
      if (buildingTeamId) builder.andWhere('case.buildingTeamId = :buildingTeamId', { buildingTeamId });
      const cases = await builder.getMany();
      await this.accessLog.record(manager, actor, {
        event: 'search',
        recordType: 'case-insight',
        ...(buildingTeamId ? { context: { type: 'building-team', id: buildingTeamId } } : {}),
      });
      return questionShifts({ cases });
    });
  }
}

@Controller()
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Endpoint(getQuestionShiftInsight)
  questionShifts(
    @CurrentActor() actor: Actor,
    @ValidInput() { query }: OperationInput<typeof getQuestionShiftInsight>,
  ) {
    return this.insights.questionShifts(actor, query.buildingTeamId);
  }
}

@Module({ controllers: [InsightsController], providers: [InsightsService] })
export class InsightsModule {}
