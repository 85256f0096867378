import { Injectable } from '@nestjs/common';
import { CaseError, CaseErrorCode, type QuestionShiftInsight } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { requireTeamAccess } from '../common/team-access.js';
import { toQuestionShiftInsight } from './insights.mapper.js';

/** Aggregated insight from cases: only counts leave the server, with small cells suppressed by the domain rule. */
@Injectable()
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
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
      const cases = await this.cases.findQuestionDimensions(manager, actor.principal, buildingTeamId);
      await this.accessLog.record(manager, actor, {
        event: 'search',
        recordType: 'case-insight',
        ...(buildingTeamId ? { context: { type: 'building-team', id: buildingTeamId } } : {}),
      });
      return toQuestionShiftInsight(cases);
    });
  }
}
