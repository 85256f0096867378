import { Controller } from '@nestjs/common';
import { getGalaDashboard, listGalaAlerts, type OperationInput } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { GalaDashboardService } from './gala-dashboard.service.js';

@Controller()
export class GalaDashboardController {
  constructor(private readonly dashboards: GalaDashboardService) {}

  @Endpoint(getGalaDashboard)
  get(@CurrentActor() actor: Actor, @ValidInput() { params, query }: OperationInput<typeof getGalaDashboard>) {
    return this.dashboards.dashboard(actor, params.regionId, query);
  }

  @Endpoint(listGalaAlerts)
  alerts(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listGalaAlerts>) {
    return this.dashboards.alerts(actor, query);
  }
}
