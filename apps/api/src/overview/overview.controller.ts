import { Controller } from '@nestjs/common';
import { getOverview } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint } from '../common/http/operation.decorator.js';
import { OverviewService } from './overview.service.js';

@Controller()
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  @Endpoint(getOverview)
  get(@CurrentActor() actor: Actor) {
    return this.overview.get(actor.principal);
  }
}
