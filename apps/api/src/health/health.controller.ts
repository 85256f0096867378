import { Controller, Inject, Injectable, Module, ServiceUnavailableException } from '@nestjs/common';
import { apiVersion, getHealth, type Health } from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { Endpoint } from '../common/http/operation.decorator.js';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async check(): Promise<Health> {
    const kind = this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('De database is niet bereikbaar.');
    }
    return { status: 'ok', database: { kind, reachable: true }, version: apiVersion, demo: this.config.LEERKRING_DEMO };
  }
}

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Endpoint(getHealth)
  get() {
    return this.health.check();
  }
}

@Module({ controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
