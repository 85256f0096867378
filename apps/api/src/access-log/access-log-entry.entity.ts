import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AccessEvent, AccessResult } from '@leerkring/domain';
import { timestampColumnOptions } from '../common/columns.js';

/**
 * Toegangslog (NEN 7513). Append-only: a database trigger refuses UPDATE and DELETE (see the AccessLogImmutable
 * migrations), and no code path changes an entry. Names are copied in, so the trail survives later renames.
 * Tamper-evident: each entry carries `seq` (its place in the chain) and `hash`, the SHA-256 of its fields and the hash
 * before it (`accessLogChainInput`). Entries written before the chain began have neither.
 */
@Entity({ name: 'access_log_entry' })
@Index(['occurredAt'])
@Index(['recordType', 'recordId'])
@Index(['personId'])
@Index(['recordOwnerId'])
@Index(['seq'], { unique: true })
// Made by migration 1796600000000-CaseListAndSearch (descending order, which TypeORM cannot describe).
@Index('IDX_access_log_entry_person_occurred', { synchronize: false })
@Index('IDX_access_log_entry_owner_occurred', { synchronize: false })
export class AccessLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column(timestampColumnOptions({ name: 'occurred_at' }))
  occurredAt: Date;

  @Column({ type: 'varchar', length: 10 })
  event: AccessEvent;

  @Column({ type: 'varchar', length: 60, name: 'record_type' })
  recordType: string;

  @Column({ type: 'varchar', length: 100, name: 'record_id', nullable: true })
  recordId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'record_owner_id', nullable: true })
  recordOwnerId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'person_id', nullable: true })
  personId: string | null;

  @Column({ type: 'varchar', length: 200, name: 'person_name', nullable: true })
  personName: string | null;

  @Column({ type: 'varchar', length: 60 })
  role: string;

  @Column({ type: 'varchar', length: 36, name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @Column({ type: 'varchar', length: 200, name: 'organisation_name', nullable: true })
  organisationName: string | null;

  @Column({ type: 'varchar', length: 200, name: 'on_behalf_of', nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'varchar', length: 300 })
  purpose: string;

  @Column({ type: 'varchar', length: 10 })
  result: AccessResult;

  @Column({ type: 'varchar', length: 64, name: 'request_id', nullable: true })
  requestId: string | null;

  /** Place in the hash chain: 1, 2, 3 … without gaps; null for entries from before the chain began. */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | number | null) => (value === null ? null : Number(value)),
    },
  })
  seq: number | null;

  /** SHA-256 (hex) over the entry's canonical serialization and the previous entry's hash. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  hash: string | null;
}
