import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  accessLogCsvColumns,
  clampText,
  boundedPageMeta,
  roles,
  toCsvLine,
  type AccessEvent,
  type AccessResult,
  type AccessLogEntry,
  type AccessLogExportQuery,
  type AccessLogQuery,
  type ContextRef,
  type Page,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import type { AccessLogEntryEntity } from './access-log-entry.entity.js';
import { accessLogEntryHash, lockChainHead } from './access-log-chain.js';
import { toAccessLogEntry } from './access-log.mapper.js';
import { AccessLogRepository } from './access-log.repository.js';

export interface AccessRecord {
  event: AccessEvent;
  recordType: string;
  recordId?: string | null;
  /** The person the record concerns, or who brought it in: they may see who accessed it. */
  recordOwnerId?: string | null;
  /** The context the record belongs to, to name the role the person acted in. */
  context?: ContextRef;
  /** Whether it went through; a refused or failed attempt is logged too. */
  result?: AccessResult;
  /** For a search that returned nothing: whose records were searched, if one person's. */
  searchOwnerId?: string | null;
}

/** A record a list or search returned. */
export interface FoundRecord {
  recordId: string;
  recordOwnerId?: string | null;
  context?: ContextRef;
}

export type AccessLogWrite = Omit<AccessLogEntryEntity, 'id' | 'seq' | 'hash'>;

/** The lengths of the log's text columns; see the entity. */
const columnLengths = {
  recordType: 60,
  recordId: 100,
  recordOwnerId: 36,
  personId: 36,
  personName: 200,
  role: 60,
  organisationId: 36,
  organisationName: 200,
  onBehalfOf: 200,
  purpose: 300,
  requestId: 64,
} as const satisfies Partial<Record<keyof AccessLogWrite, number>>;

function clampWrite(write: AccessLogWrite): AccessLogWrite {
  const clamped = { ...write };
  for (const [column, max] of Object.entries(columnLengths) as [keyof typeof columnLengths, number][]) {
    (clamped as Record<string, unknown>)[column] = clampText({ value: write[column], max });
  }
  return { ...clamped, recordType: clamped.recordType ?? '', role: clamped.role ?? '', purpose: clamped.purpose ?? '' };
}

/** Entries read per query of a CSV export. */
export const exportBatchSize = 500;

/** Writes and reads the toegangslog. A change and its entry go through the same EntityManager, so one transaction. */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly entries: AccessLogRepository,
  ) {}

  async record(manager: EntityManager, actor: Actor, record: AccessRecord): Promise<void> {
    await this.recordMany(manager, actor, [record]);
  }

  /** One entry per record, e.g. every record a list or search returned, so each one's owner sees the exposure. */
  async recordMany(manager: EntityManager, actor: Actor, records: readonly AccessRecord[]): Promise<void> {
    await this.recordEach(
      manager,
      records.map((record) => ({ actor, record })),
    );
  }

  /** One entry per actor and record in one append, e.g. a live round delivered to each of its followers. */
  async recordEach(manager: EntityManager, items: readonly { actor: Actor; record: AccessRecord }[]): Promise<void> {
    const occurredAt = this.clock.now();
    await this.append(
      manager,
      items.map(({ actor, record }) => ({
        occurredAt,
        event: record.event,
        recordType: record.recordType,
        recordId: record.recordId ?? null,
        recordOwnerId: record.recordOwnerId ?? null,
        personId: actor.person.id,
        personName: actor.person.name,
        role: roleIn(actor, record.context),
        organisationId: actor.principal.organisationId,
        organisationName: actor.person.organisationName,
        onBehalfOf:
          actor.via.kind === 'api-token'
            ? `API-token "${actor.via.tokenName}"`
            : actor.via.kind === 'scheduled'
              ? `Taak "${actor.via.job}"`
              : null,
        purpose: actor.purpose,
        result: record.result ?? 'success',
        requestId: actor.requestId,
      })),
    );
  }

  /** A list or search: one entry per returned record, or one without a record when it returned none. */
  async recordSearch(
    manager: EntityManager,
    actor: Actor,
    search: Omit<AccessRecord, 'event' | 'recordId' | 'recordOwnerId'>,
    found: readonly FoundRecord[],
  ): Promise<void> {
    const records =
      found.length > 0
        ? found.map((record) => ({ ...search, ...record }))
        : [{ ...search, recordOwnerId: search.searchOwnerId ?? null }];
    await this.recordMany(
      manager,
      actor,
      records.map((record) => ({ ...record, event: 'search' as const })),
    );
  }

  /** An entry for an event without a signed-in actor (a sign-in, a failed sign-in): who is named as far as known. */
  async recordEvent(manager: EntityManager, entry: Omit<AccessLogWrite, 'occurredAt'>): Promise<void> {
    await this.append(manager, [{ ...entry, occurredAt: this.clock.now() }]);
  }

  /**
   * Appends entries to the hash chain inside the caller's transaction: the chain head is read under a lock held until
   * commit, so concurrent writers chain one after the other, and a rolled-back change leaves no entry and no gap.
   * Values longer than their column are clamped, never a failed request.
   */
  private async append(manager: EntityManager, writes: readonly AccessLogWrite[]): Promise<void> {
    if (writes.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      await manager.transaction((inner) => this.append(inner, writes));
      return;
    }
    const head = await lockChainHead(manager);
    let { seq, hash } = head;
    const rows = writes.map((write) => {
      const clamped = clampWrite(write);
      seq += 1;
      const entry = { ...clamped, id: randomUUID(), seq };
      hash = accessLogEntryHash({ ...entry, occurredAt: entry.occurredAt.toISOString() }, hash);
      return { ...entry, hash };
    });
    await this.entries.insert(manager, rows);
  }

  async list(actor: Actor, query: AccessLogQuery & { recordOwnerId?: string }): Promise<Page<AccessLogEntry>> {
    return this.dataSource.transaction(async (manager) => {
      const [rows, counted] = await this.entries.page(manager, query);
      await this.record(manager, actor, {
        event: 'search',
        recordType: 'access-log',
        recordOwnerId: query.recordOwnerId ?? null,
      });
      return { items: rows.map(toAccessLogEntry), meta: boundedPageMeta({ ...query, counted }) };
    });
  }

  /**
   * The CSV export, oldest first, as a stream: the export is logged first (its own transaction), then the entries up to
   * that moment are read in keyset batches, so the log is never held in memory whole.
   */
  async exportCsv(actor: Actor, query: AccessLogExportQuery): Promise<Readable> {
    const startedAt = this.clock.now();
    await this.dataSource.transaction((manager) =>
      this.record(manager, actor, { event: 'export', recordType: 'access-log' }),
    );
    const until = query.until && new Date(query.until) < startedAt ? query.until : startedAt.toISOString();
    const batches = async function* (this: AccessLogService): AsyncGenerator<string> {
      yield `${toCsvLine(accessLogCsvColumns)}\r\n`;
      let after: { occurredAt: Date; id: string } | undefined;
      for (;;) {
        const rows = await this.entries.batch(
          this.dataSource.manager,
          { ...query, until },
          { after, limit: exportBatchSize },
        );
        if (rows.length > 0) {
          yield rows
            .map((row) => `${toCsvLine(accessLogCsvColumns.map((column) => toAccessLogEntry(row)[column]))}\r\n`)
            .join('');
        }
        if (rows.length < exportBatchSize) return;
        const last = rows.at(-1)!;
        after = { occurredAt: last.occurredAt, id: last.id };
      }
    }.call(this);
    return Readable.from(batches);
  }
}

function roleIn(actor: Actor, context: ContextRef | undefined): string {
  if (context) {
    const held = actor.principal.memberships
      .filter((membership) => membership.contextType === context.type && membership.contextId === context.id)
      .map((membership) => membership.role);
    if (held.length > 0) return [...new Set(held)].sort((a, b) => roleOrder(a) - roleOrder(b)).join('+');
  }
  return actor.principal.isAdmin ? 'admin' : 'signed-in';
}

const roleOrder = (role: string) => roles.findIndex((candidate) => candidate.code === role);
