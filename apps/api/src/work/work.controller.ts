import { Controller } from '@nestjs/common';
import { getMyWork } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint } from '../common/http/operation.decorator.js';
import { WorkService } from './work.service.js';

@Controller()
export class WorkController {
  constructor(private readonly work: WorkService) {}

  @Endpoint(getMyWork)
  get(@CurrentActor() actor: Actor) {
    return this.work.of(actor.principal);
  }
}
