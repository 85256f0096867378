import { Controller, Res } from '@nestjs/common';
import {
  createAgreement,
  createAgreementIterationProposal,
  createAgreementLessonProposal,
  getAgreement,
  listAgreementClauseSources,
  listAgreements,
  updateAgreement,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { AgreementProposalsService } from './agreement-proposals.service.js';
import { AgreementsService } from './agreements.service.js';
import { ClauseSourcesService } from './clause-sources.service.js';
import { withVersionLocation } from './version-reply.js';

@Controller()
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly proposals: AgreementProposalsService,
    private readonly clauseSources: ClauseSourcesService,
  ) {}

  @Endpoint(listAgreements)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listAgreements>) {
    return this.agreements.list(actor, query);
  }

  @Endpoint(getAgreement)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getAgreement>) {
    return this.agreements.get(actor, params.agreementId);
  }

  @Endpoint(createAgreement)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createAgreement>) {
    return this.agreements.create(actor, body);
  }

  @Endpoint(updateAgreement)
  update(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updateAgreement>) {
    return this.agreements.update(actor, params.agreementId, body);
  }

  @Endpoint(createAgreementLessonProposal)
  async proposeFromLesson(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createAgreementLessonProposal>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withVersionLocation(reply, await this.proposals.fromLesson(actor, params.agreementId, body));
  }

  @Endpoint(createAgreementIterationProposal)
  async proposeFromIteration(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof createAgreementIterationProposal>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withVersionLocation(reply, await this.proposals.fromIteration(actor, params.agreementId, body));
  }

  @Endpoint(listAgreementClauseSources)
  listClauseSources(
    @CurrentActor() actor: Actor,
    @ValidInput() { query }: OperationInput<typeof listAgreementClauseSources>,
  ) {
    return this.clauseSources.list(actor, query);
  }
}
