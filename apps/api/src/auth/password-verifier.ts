import { Inject, Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode } from '@leerkring/domain';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { verifyPassword } from '../common/secrets.js';

/**
 * Checks passwords at sign-in, at most PASSWORD_HASH_CONCURRENCY argon2 verifications at once (each takes ~19 MiB and
 * a core for tens of milliseconds); up to PASSWORD_HASH_QUEUE more wait their turn, and beyond that the sign-in answers
 * 503 with Retry-After instead of piling up memory.
 */
@Injectable()
export class PasswordVerifier {
  /** Verifications started since the app started: what the limits are measured by. */
  verifications = 0;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly concurrency: number;
  private readonly queueLength: number;

  constructor(@Inject(CONFIG) config: Config) {
    this.concurrency = config.PASSWORD_HASH_CONCURRENCY;
    this.queueLength = config.PASSWORD_HASH_QUEUE;
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    await this.acquire();
    try {
      this.verifications++;
      return await verifyPassword(passwordHash, password);
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queueLength) {
      return Promise.reject(
        new AuthError(AuthErrorCode.BUSY, 'Het is nu te druk om aan te melden. Probeer het zo opnieuw.', 2),
      );
    }
    // The slot passes straight to the next in line, so `running` stays the same.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
