import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnOptions } from '../common/columns.js';

/** A personal API token; only its SHA-256 is stored, the token is shown once. */
@Entity({ name: 'api_token' })
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36, name: 'person_id' })
  personId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash: string;

  @Column({ type: 'varchar', length: 12 })
  prefix: string;

  /** `read` (GET and HEAD only) or `read-write`. Tokens made before scopes existed keep working as `read-write`. */
  @Column({ type: 'varchar', length: 10, default: 'read-write' })
  scope: 'read' | 'read-write';

  @Column(timestampColumnOptions({ name: 'created_at' }))
  createdAt: Date;

  /** Refused from this moment (401). Tokens made before expiry existed got 90 days from the migration. */
  @Column(timestampColumnOptions({ name: 'expires_at' }))
  expiresAt: Date;

  @Column(timestampColumnOptions({ name: 'last_used_at', nullable: true }))
  lastUsedAt: Date | null;

  @Column(timestampColumnOptions({ name: 'revoked_at', nullable: true }))
  revokedAt: Date | null;
}
