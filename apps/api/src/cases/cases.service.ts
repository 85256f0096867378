import { Injectable } from '@nestjs/common';
import type { Case, CaseListQuery, CasePageSchema } from '@leerkring/domain';
import type { z } from 'zod';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { highlightSegments } from '../common/text-search.js';
import { contentFor, readableNarrativeTeams, teamContext, visibleOrNotFound } from './case-access.js';
import { toCase, toCaseChange } from './case.mapper.js';
import { CasesRepository } from './cases.repository.js';

type CasePage = z.infer<typeof CasePageSchema>;

/** Reading cases and their history; every read is written to the access log. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly accessLog: AccessLogService,
  ) {}

  list(actor: Actor, query: CaseListQuery): Promise<CasePage> {
    return this.dataSource.transaction(async (manager) => {
      const { principal } = actor;
      const page = await this.cases.findVisiblePage(manager, {
        principal,
        query,
        narrativeTeams: query.search ? readableNarrativeTeams(principal) : [],
      });
      const items = page.items.map((entity) => toCase(entity, contentFor(principal, entity.buildingTeamId)));
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'case', ...(query.buildingTeamId ? { context: teamContext(query.buildingTeamId) } : {}) },
        items.map((item) => ({
          recordId: item.id,
          recordOwnerId: item.broughtInBy.id,
          context: teamContext(item.buildingTeam.id),
        })),
      );
      if (!page.highlights) return { items, meta: page.meta };
      const highlights = Object.fromEntries(
        Object.entries(page.highlights).map(([id, fragment]) => [id, highlightSegments(fragment)]),
      );
      return { items, meta: page.meta, highlights };
    });
  }

  get(actor: Actor, id: string): Promise<Case> {
    return this.dataSource.transaction(async (manager) => {
      const entity = visibleOrNotFound(actor.principal, await this.cases.find(manager, id));
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'case',
        recordId: id,
        recordOwnerId: entity.broughtInById,
        context: teamContext(entity.buildingTeamId),
      });
      return toCase(entity, contentFor(actor.principal, entity.buildingTeamId));
    });
  }

  history(actor: Actor, id: string) {
    return this.dataSource.transaction(async (manager) => {
      const entity = visibleOrNotFound(actor.principal, await this.cases.find(manager, id));
      const changes = await this.cases.findChanges(manager, id);
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'case-history',
        recordId: id,
        recordOwnerId: entity.broughtInById,
        context: teamContext(entity.buildingTeamId),
      });
      return { items: changes.map(toCaseChange) };
    });
  }
}
