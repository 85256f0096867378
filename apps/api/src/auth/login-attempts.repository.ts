import { Injectable } from '@nestjs/common';
import { In, LessThan, type EntityManager } from 'typeorm';
import { KnownDeviceEntity } from './known-device.entity.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';

const pruneBatch = 100;

/** The n-th parameter of a raw statement, in order: `$n` on PostgreSQL, `?` on SQLite. */
const placeholderOf = (manager: EntityManager) => (index: number) =>
  manager.connection.options.type === 'postgres' ? `$${index}` : '?';

/** Sign-in attempts counted per bucket, and the browsers that signed in before. */
@Injectable()
export class LoginAttemptsRepository {
  /**
   * One UPSERT … RETURNING: atomic on PostgreSQL (the row is locked by the conflict) and on SQLite (one statement), so
   * no two tries read the same count. A window older than `windowMs` starts again at 1.
   */
  async count(
    manager: EntityManager,
    { bucket, now, windowMs }: { bucket: string; now: number; windowMs: number },
  ): Promise<{ attempts: number; windowStartedMs: number }> {
    const p = placeholderOf(manager);
    const rows: Array<{ attempts: number | string; window_started_ms: number | string }> = await manager.query(
      `INSERT INTO login_attempt (bucket, attempts, window_started_ms) VALUES (${p(1)}, 1, ${p(2)})
       ON CONFLICT (bucket) DO UPDATE SET
         attempts = CASE WHEN login_attempt.window_started_ms <= ${p(3)} THEN 1 ELSE login_attempt.attempts + 1 END,
         window_started_ms = CASE WHEN login_attempt.window_started_ms <= ${p(4)} THEN excluded.window_started_ms ELSE login_attempt.window_started_ms END
       RETURNING attempts, window_started_ms`,
      [bucket, now, now - windowMs, now - windowMs],
    );
    return { attempts: Number(rows[0]!.attempts), windowStartedMs: Number(rows[0]!.window_started_ms) };
  }

  /** Forgets counts whose window started before `before`, a bounded number at a time. */
  async prune(manager: EntityManager, before: number): Promise<void> {
    const p = placeholderOf(manager);
    await manager.query(
      `DELETE FROM login_attempt WHERE bucket IN (SELECT bucket FROM login_attempt WHERE window_started_ms <= ${p(1)} LIMIT ${pruneBatch})`,
      [before],
    );
  }

  async forget(manager: EntityManager, bucket: string): Promise<void> {
    await manager.getRepository(LoginAttemptEntity).delete({ bucket });
  }

  /** Gives one try back to each of these buckets (never below zero). */
  async giveBack(manager: EntityManager, buckets: string[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(LoginAttemptEntity)
      .set({ attempts: () => 'attempts - 1' })
      .where({ bucket: In(buckets) })
      .andWhere('attempts > 0')
      .execute();
  }

  findDevice(manager: EntityManager, tokenHash: string): Promise<KnownDeviceEntity | null> {
    return manager.getRepository(KnownDeviceEntity).findOneBy({ tokenHash });
  }

  /** Remembers a device; the person's devices created before `forgetBefore` are forgotten on the way. */
  async rememberDevice(
    manager: EntityManager,
    { tokenHash, personId, createdAt, forgetBefore }: KnownDeviceEntity & { forgetBefore: Date },
  ): Promise<void> {
    const devices = manager.getRepository(KnownDeviceEntity);
    await devices.delete({ personId, createdAt: LessThan(forgetBefore) });
    await devices.insert({ tokenHash, personId, createdAt });
  }
}
