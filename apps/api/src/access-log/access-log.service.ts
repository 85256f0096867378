import { Injectable } from '@nestjs/common';
import {
  accessLogCsvColumns,
  pageMeta,
  pageWindow,
  roles,
  toCsvLine,
  type AccessEvent,
  type AccessLogEntry,
  type AccessLogExportQuery,
  type AccessLogQuery,
  type ContextRef,
  type Page,
} from '@leerkring/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { AccessLogEntryEntity } from './access-log-entry.entity.js';

export interface AccessRecord {
  event: AccessEvent;
  recordType: string;
  recordId?: string | null;
  /** The person the record concerns, or who brought it in: they may see who accessed it. */
  recordOwnerId?: string | null;
  /** The context the record belongs to, to name the role the person acted in. */
  context?: ContextRef;
}

/** Writes and reads the toegangslog. A change and its entry go through the same EntityManager, so one transaction. */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, actor: Actor, record: AccessRecord): Promise<void> {
    await manager.getRepository(AccessLogEntryEntity).insert({
      occurredAt: this.clock.now(),
      event: record.event,
      recordType: record.recordType,
      recordId: record.recordId ?? null,
      recordOwnerId: record.recordOwnerId ?? null,
      personId: actor.person.id,
      personName: actor.person.name,
      role: roleIn(actor, record.context),
      organisationId: actor.principal.organisationId,
      organisationName: actor.person.organisationName,
      // Clamped to the column (200): a token's name is at most 100 characters, but older ones may be longer.
      onBehalfOf: actor.via.kind === 'api-token' ? `API-token "${actor.via.tokenName}"`.slice(0, 200) : null,
      purpose: actor.purpose,
      result: 'success',
      requestId: actor.requestId,
    });
  }

  async list(actor: Actor, query: AccessLogQuery & { recordOwnerId?: string }): Promise<Page<AccessLogEntry>> {
    return this.dataSource.transaction(async (manager) => {
      const builder = this.filtered(manager, query).orderBy('entry.occurredAt', 'DESC').addOrderBy('entry.id', 'DESC');
      const { offset, limit } = pageWindow(query);
      const [rows, totalItems] = await builder.skip(offset).take(limit).getManyAndCount();
      await this.record(manager, actor, { event: 'search', recordType: 'access-log', recordOwnerId: query.recordOwnerId ?? null });
      return { items: rows.map(toAccessLogEntry), meta: pageMeta({ ...query, totalItems }) };
    });
  }

  async exportCsv(actor: Actor, query: AccessLogExportQuery): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.filtered(manager, query).orderBy('entry.occurredAt', 'ASC').addOrderBy('entry.id', 'ASC').getMany();
      await this.record(manager, actor, { event: 'export', recordType: 'access-log' });
      const lines = rows.map(toAccessLogEntry).map((entry) => toCsvLine(accessLogCsvColumns.map((column) => entry[column])));
      return [toCsvLine(accessLogCsvColumns), ...lines].join('\r\n') + '\r\n';
    });
  }

  private filtered(manager: EntityManager, query: AccessLogExportQuery & { recordOwnerId?: string }): SelectQueryBuilder<AccessLogEntryEntity> {
    const builder = manager.getRepository(AccessLogEntryEntity).createQueryBuilder('entry');
    if (query.personId) builder.andWhere('entry.personId = :personId', { personId: query.personId });
    if (query.recordType) builder.andWhere('entry.recordType = :recordType', { recordType: query.recordType });
    if (query.recordId) builder.andWhere('entry.recordId = :recordId', { recordId: query.recordId });
    if (query.recordOwnerId) builder.andWhere('entry.recordOwnerId = :recordOwnerId', { recordOwnerId: query.recordOwnerId });
    if (query.event) builder.andWhere('entry.event = :event', { event: query.event });
    const entries = builder;
    if (query.from) entries.andWhere('entry.occurredAt >= :from', { from: this.dateParameter(query.from) });
    if (query.until) entries.andWhere('entry.occurredAt < :until', { until: this.dateParameter(query.until) });
    return entries;
  }

  /** SQLite keeps moments as TypeORM's UTC text ('YYYY-MM-DD HH:MM:SS.SSS'); compare in that form there. */
  private dateParameter(iso: string): Date | string {
    const date = new Date(iso);
    return this.dataSource.options.type === 'postgres' ? date : date.toISOString().replace('T', ' ').replace('Z', '');
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

export function toAccessLogEntry(entity: AccessLogEntryEntity): AccessLogEntry {
  return {
    id: entity.id,
    occurredAt: entity.occurredAt.toISOString(),
    event: entity.event,
    recordType: entity.recordType,
    recordId: entity.recordId,
    recordOwnerId: entity.recordOwnerId,
    personId: entity.personId,
    personName: entity.personName,
    role: entity.role,
    organisationId: entity.organisationId,
    organisationName: entity.organisationName,
    onBehalfOf: entity.onBehalfOf,
    purpose: entity.purpose,
    result: entity.result,
    requestId: entity.requestId,
  };
}
