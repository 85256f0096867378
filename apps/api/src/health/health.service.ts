import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { Health } from '@leerkring/domain';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { toHealth } from './health.mapper.js';
import { HealthRepository } from './health.repository.js';

@Injectable()
export class HealthService {
  constructor(
    private readonly database: HealthRepository,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async check(): Promise<Health> {
    const kind = this.database.kind();
    try {
      await this.database.ping();
    } catch {
      throw new ServiceUnavailableException('De database is niet bereikbaar.');
    }
    return toHealth({ kind, demo: this.config.LEERKRING_DEMO });
  }
}
