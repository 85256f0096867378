import { Injectable } from '@nestjs/common';
import { countBound, pageWindow, type AccessLogExportQuery, type AccessLogQuery } from '@leerkring/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AccessLogEntryEntity } from './access-log-entry.entity.js';

type EntryFilter = AccessLogExportQuery & { recordOwnerId?: string };

/** Every query on the access log's entries (the chain head's lock is in access-log-chain.ts). */
@Injectable()
export class AccessLogRepository {
  /** Inserts entries already chained; SQLite allows 999 parameters per statement, 18 columns × 50 rows stays below. */
  async insert(manager: EntityManager, rows: readonly AccessLogEntryEntity[]): Promise<void> {
    const repository = manager.getRepository(AccessLogEntryEntity);
    for (let start = 0; start < rows.length; start += 50) await repository.insert(rows.slice(start, start + 50));
  }

  /**
   * One page of matching entries, newest first (served by the indexes on occurred_at, and on person or record owner
   * with occurred_at), and how many match: exactly up to `countBound`, `countBound + 1` above it.
   */
  async page(
    manager: EntityManager,
    query: AccessLogQuery & { recordOwnerId?: string },
  ): Promise<[AccessLogEntryEntity[], number]> {
    const { offset, limit } = pageWindow(query);
    const [sql, parameters] = this.filtered(manager, query)
      .select('1', 'one')
      .limit(countBound + 1)
      .getQueryAndParameters();
    const [rows, [counted]] = await Promise.all([
      this.filtered(manager, query)
        .orderBy('entry.occurredAt', 'DESC')
        .addOrderBy('entry.id', 'DESC')
        .offset(offset)
        .limit(limit)
        .getMany(),
      manager.query<{ counted: number | string }[]>(`SELECT COUNT(*) AS counted FROM (${sql}) matched`, parameters),
    ]);
    return [rows, Number(counted?.counted ?? 0)];
  }

  /** The next `limit` matching entries after `after` (keyset), oldest first: one batch of an export. */
  batch(
    manager: EntityManager,
    query: EntryFilter,
    { after, limit }: { after: { occurredAt: Date; id: string } | undefined; limit: number },
  ): Promise<AccessLogEntryEntity[]> {
    const builder = this.filtered(manager, query);
    if (after) {
      builder.andWhere('(entry.occurredAt > :afterAt OR (entry.occurredAt = :afterAt AND entry.id > :afterId))', {
        afterAt: dateParameter(manager, after.occurredAt.toISOString()),
        afterId: after.id,
      });
    }
    return builder.orderBy('entry.occurredAt', 'ASC').addOrderBy('entry.id', 'ASC').limit(limit).getMany();
  }

  private filtered(manager: EntityManager, query: EntryFilter): SelectQueryBuilder<AccessLogEntryEntity> {
    const builder = manager.getRepository(AccessLogEntryEntity).createQueryBuilder('entry');
    if (query.personId) builder.andWhere('entry.personId = :personId', { personId: query.personId });
    if (query.recordType) builder.andWhere('entry.recordType = :recordType', { recordType: query.recordType });
    if (query.recordId) builder.andWhere('entry.recordId = :recordId', { recordId: query.recordId });
    if (query.recordOwnerId)
      builder.andWhere('entry.recordOwnerId = :recordOwnerId', { recordOwnerId: query.recordOwnerId });
    if (query.event) builder.andWhere('entry.event = :event', { event: query.event });
    if (query.from) builder.andWhere('entry.occurredAt >= :from', { from: dateParameter(manager, query.from) });
    if (query.until) builder.andWhere('entry.occurredAt < :until', { until: dateParameter(manager, query.until) });
    return builder;
  }
}

/** SQLite keeps moments as TypeORM's UTC text ('YYYY-MM-DD HH:MM:SS.SSS'); compare in that form there. */
function dateParameter(manager: EntityManager, iso: string): Date | string {
  const date = new Date(iso);
  return manager.connection.options.type === 'postgres' ? date : date.toISOString().replace('T', ' ').replace('Z', '');
}
