import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestampColumnOptions } from '../common/columns.js';

/**
 * A browser that signed in before, named by a long-lived http-only cookie (only its hash is stored). Its sign-ins are
 * counted apart, so nobody locks the owner out by guessing at the account from elsewhere.
 */
@Entity({ name: 'known_device' })
export class KnownDeviceEntity {
  /** SHA-256 of the cookie's token, hex. */
  @PrimaryColumn({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash: string;

  @Index()
  @Column({ type: 'varchar', length: 36, name: 'person_id' })
  personId: string;

  @Column(timestampColumnOptions({ name: 'created_at' }))
  createdAt: Date;
}
