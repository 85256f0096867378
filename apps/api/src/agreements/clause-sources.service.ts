import { Injectable } from '@nestjs/common';
import { pageMeta, pageWindow, type ClauseSource, type ClauseSourceQuery, type Page } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { LessonsRepository } from '../lessons/lessons.repository.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { toClauseSources } from './agreements.mapper.js';

/** The leerlijn backwards: the clauses that came from a lesson, from the lessons about a case, or that answer an iteration. */
@Injectable()
export class ClauseSourcesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: AgreementVersionsRepository,
    private readonly lessons: LessonsRepository,
    private readonly accessLog: AccessLogService,
  ) {}

  list(actor: Actor, query: ClauseSourceQuery): Promise<Page<ClauseSource>> {
    return this.dataSource.transaction(async (manager) => {
      let ids: string[];
      const key = query.iterationId ? 'iterationIds' : 'lessonIds';
      if (query.iterationId) ids = [query.iterationId];
      else if (query.lessonId) ids = [query.lessonId];
      else ids = await this.lessons.idsAboutCase(manager, query.caseId!);
      let sources: ClauseSource[] = [];
      const ownerOfVersion = new Map<string, string>();
      if (ids.length > 0) {
        const wanted = new Set(ids);
        // The database filters cheaply; the clauses' links decide exactly.
        sources = (await this.versions.citing(manager, actor.principal, ids)).flatMap((version) => {
          ownerOfVersion.set(version.id, version.createdById);
          return toClauseSources(version, key, wanted);
        });
      }
      const { offset, limit } = pageWindow(query);
      const items = sources.slice(offset, offset + limit);
      // One entry per version the page showed a clause of, so its author sees the exposure.
      const shown = [...new Set(items.map((item) => item.version.id))];
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'agreement-version' },
        shown.map((id) => ({ recordId: id, recordOwnerId: ownerOfVersion.get(id) ?? null })),
      );
      return { items, meta: pageMeta({ ...query, totalItems: sources.length }) };
    });
  }
}
