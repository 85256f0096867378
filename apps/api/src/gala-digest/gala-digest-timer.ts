import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { Clock } from '../common/clock.js';
import { GalaDigestService } from './gala-digest.service.js';

const tickMs = 15 * 60 * 1000;
const hourInNetherlands = (now: Date) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' }).format(now),
  );

/**
 * The daily send: every 15 minutes, from GALA_DIGEST_HOUR (Dutch time) on, whoever has not had today's digest gets it.
 * Started by main.ts in production when SMTP is configured; a restart sends nobody a second one (the day is stored).
 */
@Injectable()
export class GalaDigestTimer implements OnModuleDestroy {
  private readonly logger = new Logger(GalaDigestTimer.name);
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly digests: GalaDigestService,
    private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Starts the timer when mail is configured; answers whether it did. */
  start(): boolean {
    if (!this.digests.mailEnabled || this.timer) return false;
    this.timer = setInterval(() => void this.tick(), tickMs);
    this.timer.unref();
    return true;
  }

  async tick(): Promise<void> {
    if (this.running || hourInNetherlands(this.clock.now()) < this.config.GALA_DIGEST_HOUR) return;
    this.running = true;
    try {
      const { sent, failed } = await this.digests.send({ everyone: false });
      if (sent + failed > 0) this.logger.log(`GALA digest: ${sent} sent, ${failed} failed`);
    } catch (error) {
      this.logger.error(`GALA digest run failed: ${(error as Error).name}`);
    } finally {
      this.running = false;
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
