import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AccessEvent, AccessResult } from '@leerkring/domain';
import { timestampColumnOptions } from '../database/columns.js';

/**
 * Toegangslog (NEN 7513). Append-only: a database trigger refuses UPDATE and DELETE (see the AccessLogImmutable
 * migrations), and no code path changes an entry. Names are copied in, so the trail survives later renames.
 */
@Entity({ name: 'access_log_entry' })
@Index(['occurredAt'])
@Index(['recordType', 'recordId'])
@Index(['personId'])
@Index(['recordOwnerId'])
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
}
