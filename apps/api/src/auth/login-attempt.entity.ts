import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts counted per bucket (an account, an address, a known device, or all of them) over a fixed window.
 * Counted with one UPSERT … RETURNING before the password is checked, so parallel attempts cannot pass the limit.
 */
@Entity({ name: 'login_attempt' })
export class LoginAttemptEntity {
  /** `account:<e-mail>`, `address:<ip>`, `device:<sha-256 of its token>` or `global`. */
  @PrimaryColumn({ type: 'varchar', length: 320 })
  bucket: string;

  @Column({ type: 'integer' })
  attempts: number;

  /** Epoch milliseconds: compared in SQL the same way on both databases. */
  @Index()
  @Column({ type: 'bigint', name: 'window_started_ms' })
  windowStartedMs: string;
}
