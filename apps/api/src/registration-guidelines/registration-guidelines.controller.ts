import { Controller } from '@nestjs/common';
import {
  createRegistrationGuideline,
  getRegistrationGuideline,
  listRegistrationGuidelines,
  updateRegistrationGuideline,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { RegistrationGuidelinesService } from './registration-guidelines.service.js';

@Controller()
export class RegistrationGuidelinesController {
  constructor(private readonly guidelines: RegistrationGuidelinesService) {}

  @Endpoint(listRegistrationGuidelines)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listRegistrationGuidelines>) {
    return this.guidelines.list(actor.principal, query);
  }

  @Endpoint(getRegistrationGuideline)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getRegistrationGuideline>) {
    return this.guidelines.get(actor.principal, params.guidelineId);
  }

  @Endpoint(createRegistrationGuideline)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createRegistrationGuideline>) {
    return this.guidelines.create(actor, body);
  }

  @Endpoint(updateRegistrationGuideline)
  update(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof updateRegistrationGuideline>) {
    return this.guidelines.putConceptInForce(actor, params.guidelineId);
  }
}
