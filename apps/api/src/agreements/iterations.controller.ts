import { Controller } from '@nestjs/common';
import {
  createAgreementIteration,
  getAgreementIteration,
  listAgreementIterations,
  updateAgreementIteration,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { IterationsService } from './iterations.service.js';

@Controller()
export class IterationsController {
  constructor(private readonly iterations: IterationsService) {}

  @Endpoint(listAgreementIterations)
  list(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listAgreementIterations>) {
    return this.iterations.list(actor, params.agreementId);
  }

  @Endpoint(getAgreementIteration)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getAgreementIteration>) {
    return this.iterations.get(actor, params.agreementId, params.iterationId);
  }

  @Endpoint(createAgreementIteration)
  create(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createAgreementIteration>,
  ) {
    return this.iterations.create(actor, params.agreementId, body);
  }

  @Endpoint(updateAgreementIteration)
  update(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof updateAgreementIteration>,
  ) {
    return this.iterations.update(actor, params.agreementId, params.iterationId, body);
  }
}
