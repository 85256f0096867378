import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnOptions } from '../common/columns.js';

/** A one-time link to set a new password; only the SHA-256 of its token is stored. */
@Entity({ name: 'password_reset_token' })
export class PasswordResetTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36, name: 'person_id' })
  personId: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash: string;

  /** The administrator who sent the link. */
  @Column({ type: 'varchar', length: 36, name: 'requested_by_id' })
  requestedById: string;

  @Column(timestampColumnOptions({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestampColumnOptions({ name: 'expires_at' }))
  expiresAt: Date;

  @Column(timestampColumnOptions({ name: 'used_at', nullable: true }))
  usedAt: Date | null;
}
