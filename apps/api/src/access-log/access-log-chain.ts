import { createHash } from 'node:crypto';
import { accessLogChainInput, accessLogGenesisHash, type ChainedAccessLogEntry } from '@leerkring/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessLogEntryEntity } from './access-log-entry.entity.js';

/**
 * The key of the transaction-scoped advisory lock every writer of the log takes on PostgreSQL, so entries get their
 * place in the chain one transaction at a time (released at commit or rollback). SQLite serializes writes itself.
 */
export const accessLogChainLockKey = 7513;

export function accessLogEntryHash(entry: ChainedAccessLogEntry, previousHash: string): string {
  return createHash('sha256').update(accessLogChainInput({ entry, previousHash }), 'utf8').digest('hex');
}

/** The last chained entry, read under the chain lock; the caller must be inside a transaction. */
export async function lockChainHead(manager: EntityManager): Promise<{ seq: number; hash: string }> {
  if (manager.connection.options.type === 'postgres')
    await manager.query('SELECT pg_advisory_xact_lock($1)', [accessLogChainLockKey]);
  const head = await manager
    .getRepository(AccessLogEntryEntity)
    .createQueryBuilder('entry')
    .select(['entry.seq', 'entry.hash'])
    .where('entry.seq IS NOT NULL')
    .orderBy('entry.seq', 'DESC')
    .limit(1)
    .getOne();
  return head ? { seq: head.seq!, hash: head.hash ?? accessLogGenesisHash } : { seq: 0, hash: accessLogGenesisHash };
}

export type ChainVerification =
  | { ok: true; chained: number; unchained: number; head: { seq: number; id: string; hash: string } | null }
  | { ok: false; chained: number; broken: { seq: number | null; id: string; reason: string } };

const batchSize = 1000;

/**
 * Walks the chain in order (keyset batches, never the whole log in memory) and names the first entry whose hash, place or
 * predecessor does not fit. Entries from before the chain began (no seq) are counted; one dated after it began is a break.
 * Removing the newest entries leaves a valid shorter chain: compare the head with one recorded elsewhere to notice that.
 */
export async function verifyAccessLogChain(dataSource: DataSource): Promise<ChainVerification> {
  const repository = dataSource.getRepository(AccessLogEntryEntity);
  let previous = { seq: 0, hash: accessLogGenesisHash, id: '' };
  let first: AccessLogEntryEntity | null = null;
  for (;;) {
    const rows = await repository
      .createQueryBuilder('entry')
      .where('entry.seq > :after', { after: previous.seq })
      .orderBy('entry.seq', 'ASC')
      .limit(batchSize)
      .getMany();
    for (const row of rows) {
      first ??= row;
      const seq = row.seq!;
      if (seq !== previous.seq + 1) {
        return {
          ok: false,
          chained: previous.seq,
          broken: { seq, id: row.id, reason: `entry ${previous.seq + 1} is missing before it` },
        };
      }
      const expected = accessLogEntryHash({ ...toChained(row), seq }, previous.hash);
      if (row.hash !== expected) {
        return {
          ok: false,
          chained: previous.seq,
          broken: { seq, id: row.id, reason: 'its hash does not match its contents and the previous hash' },
        };
      }
      previous = { seq, hash: expected, id: row.id };
    }
    if (rows.length < batchSize) break;
  }
  const unchained = repository.createQueryBuilder('entry').where('entry.seq IS NULL');
  if (first) {
    // SQLite keeps moments as TypeORM's UTC text; compare in that form there.
    const since =
      dataSource.options.type === 'postgres'
        ? first.occurredAt
        : first.occurredAt.toISOString().replace('T', ' ').replace('Z', '');
    const late = await unchained
      .clone()
      .andWhere('entry.occurredAt > :since', { since })
      .orderBy('entry.occurredAt', 'ASC')
      .getOne();
    if (late)
      return {
        ok: false,
        chained: previous.seq,
        broken: {
          seq: null,
          id: late.id,
          reason: 'it has no place in the chain but was written after the chain began',
        },
      };
  }
  return {
    ok: true,
    chained: previous.seq,
    unchained: await unchained.getCount(),
    head: first ? { seq: previous.seq, id: previous.id, hash: previous.hash } : null,
  };
}

function toChained(row: AccessLogEntryEntity): Omit<ChainedAccessLogEntry, 'seq'> {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    event: row.event,
    recordType: row.recordType,
    recordId: row.recordId,
    recordOwnerId: row.recordOwnerId,
    personId: row.personId,
    personName: row.personName,
    role: row.role,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    onBehalfOf: row.onBehalfOf,
    purpose: row.purpose,
    result: row.result,
    requestId: row.requestId,
  };
}
