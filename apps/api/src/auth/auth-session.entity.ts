import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestampColumnOptions } from '../common/columns.js';

/** A server-side session, in the database so several API instances share it. Only the token's hash is stored. */
@Entity({ name: 'auth_session' })
export class AuthSessionEntity {
  /** SHA-256 of the cookie's token, hex. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36, name: 'person_id' })
  personId: string;

  @Column({ type: 'varchar', length: 64, name: 'csrf_token' })
  csrfToken: string;

  @Column(timestampColumnOptions({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestampColumnOptions({ name: 'last_seen_at' }))
  lastSeenAt: Date;
}
