import { Controller } from '@nestjs/common';
import { getHealth } from '@leerkring/domain';
import { Endpoint } from '../common/http/operation.decorator.js';
import { HealthService } from './health.service.js';

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Endpoint(getHealth)
  get() {
    return this.health.check();
  }
}
