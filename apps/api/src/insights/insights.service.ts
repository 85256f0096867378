import { Injectable } from '@nestjs/common';
import {
  CaseError,
  CaseErrorCode,
  countInsight,
  differencingRefused,
  InsightError,
  InsightErrorCode,
  populationAllowed,
  publishInsight,
  RegionError,
  RegionErrorCode,
  type Insight,
  type InsightFilterNames,
  type InsightFilters,
  type InsightKind,
  type InsightRecords,
  type Language,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import type { RecordFilters } from '../common/record-filters.js';
import { requireTeamAccess } from '../common/team-access.js';
import { LessonsRepository } from '../lessons/lessons.repository.js';
import { SystemObstaclesRepository } from '../lessons/system-obstacles.repository.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { insightCsv, insightWorkbook } from './insight-files.js';
import { toInsightCase, toInsightLesson, toInsightObstacle } from './insights.mapper.js';

const filterKeys = ['buildingTeamId', 'regionId', 'from', 'to'] as const;

/**
 * Aggregated insight: only counts leave the server, through the domain's disclosure control (small counts and what
 * would give them away suppressed, nothing for a population below 10, differencing refused).
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cases: CasesRepository,
    private readonly lessons: LessonsRepository,
    private readonly obstacles: SystemObstaclesRepository,
    private readonly regions: RegionsRepository,
    private readonly teams: BuildingTeamsRepository,
    private readonly accessLog: AccessLogService,
  ) {}

  get(actor: Actor, insight: InsightKind, filters: InsightFilters): Promise<Insight> {
    return this.dataSource.transaction(async (manager) => {
      const { published } = await this.publish(manager, actor, insight, filters);
      await this.log(manager, actor, 'search', insight, filters);
      return published;
    });
  }

  xlsx(actor: Actor, insight: InsightKind, filters: InsightFilters, language: Language): Promise<Buffer> {
    return this.dataSource.transaction(async (manager) => {
      const { published, names } = await this.publish(manager, actor, insight, filters);
      await this.log(manager, actor, 'export', insight, filters);
      return insightWorkbook({ insight: published, language, names, exportedAt: this.clock.now().toISOString() });
    });
  }

  csv(actor: Actor, insight: InsightKind, filters: InsightFilters, language: Language): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const { published } = await this.publish(manager, actor, insight, filters);
      await this.log(manager, actor, 'export', insight, filters);
      return insightCsv({ insight: published, language });
    });
  }

  private async publish(
    manager: EntityManager,
    actor: Actor,
    insight: InsightKind,
    filters: InsightFilters,
  ): Promise<{ published: Insight; names: InsightFilterNames }> {
    const names: InsightFilterNames = {};
    if (filters.buildingTeamId) {
      requireTeamAccess({
        principal: actor.principal,
        buildingTeamId: filters.buildingTeamId,
        read: 'insight:read',
        notFound: () => new CaseError(CaseErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.'),
      });
      const team = await this.teams.find(manager, filters.buildingTeamId);
      if (!team) throw new CaseError(CaseErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
      names.buildingTeam = team.name;
    }
    let municipalityIds: string[] | undefined;
    if (filters.regionId) {
      const region = await this.regions.find(manager, filters.regionId);
      if (!region) throw new RegionError(RegionErrorCode.NOT_FOUND, 'Deze regio bestaat niet.');
      municipalityIds = region.municipalities.map((municipality) => municipality.id);
      names.region = region.name;
    }
    const criteria = (without?: (typeof filterKeys)[number]): RecordFilters => ({
      ...(filters.buildingTeamId && without !== 'buildingTeamId' ? { buildingTeamId: filters.buildingTeamId } : {}),
      ...(municipalityIds && without !== 'regionId' ? { municipalityIds } : {}),
      ...(filters.from && without !== 'from' ? { from: filters.from } : {}),
      ...(filters.to && without !== 'to' ? { to: filters.to } : {}),
    });
    const table = countInsight(await this.records(manager, actor, insight, criteria()));
    if (populationAllowed(table.population)) {
      const refused: string[] = [];
      for (const key of filterKeys.filter((name) => filters[name] !== undefined)) {
        const broader = countInsight(await this.records(manager, actor, insight, criteria(key))).population;
        if (differencingRefused(table.population, [broader])) refused.push(key);
      }
      if (refused.length > 0) {
        throw new InsightError(
          InsightErrorCode.DIFFERENCING,
          'Deze filters verschillen te weinig van een bredere vraag: het verschil zou een paar casussen beschrijven.',
          refused.map((name) => ({
            name,
            reason: 'Zonder dit filter scheelt het 1 tot 4; het verschil zou herkenbaar zijn.',
            code: InsightErrorCode.DIFFERENCING,
          })),
        );
      }
    }
    return { published: publishInsight({ insight, filters, table }), names };
  }

  private async records(
    manager: EntityManager,
    actor: Actor,
    insight: InsightKind,
    filters: RecordFilters,
  ): Promise<InsightRecords> {
    switch (insight) {
      case 'question-shifts':
      case 'life-domain-shifts':
      case 'professionals-per-case':
      case 'legal-frameworks':
        return {
          insight,
          cases: (await this.cases.findForInsight(manager, actor.principal, filters)).map(toInsightCase),
        };
      case 'system-obstacles':
        return {
          insight,
          obstacles: (await this.obstacles.findForInsight(manager, actor.principal, filters)).map(toInsightObstacle),
        };
      case 'lessons-per-theme':
        return {
          insight,
          lessons: (await this.lessons.findForInsight(manager, actor.principal, filters)).map(toInsightLesson),
        };
    }
  }

  private log(
    manager: EntityManager,
    actor: Actor,
    event: 'search' | 'export',
    insight: InsightKind,
    filters: InsightFilters,
  ): Promise<unknown> {
    return this.accessLog.record(manager, actor, {
      event,
      recordType: `insight:${insight}`,
      ...(filters.buildingTeamId ? { context: { type: 'building-team', id: filters.buildingTeamId } } : {}),
      ...(filters.regionId && !filters.buildingTeamId ? { context: { type: 'region', id: filters.regionId } } : {}),
    });
  }
}
