import { Controller, Headers, Res } from '@nestjs/common';
import {
  createGalaPlan,
  GalaPlanError,
  GalaPlanErrorCode,
  galaPlanEtag,
  getGalaPlan,
  listGalaPlans,
  updateGalaPlan,
  type GalaPlan,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { parseIfMatch } from '../common/http/if-match.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { GalaPlanRecordingService } from './gala-plan-recording.service.js';
import { GalaPlansService } from './gala-plans.service.js';

/** A plan answers its revision as ETag, to come back as If-Match. */
function withEtag(reply: FastifyReply, plan: GalaPlan): GalaPlan {
  void reply.header('ETag', galaPlanEtag(plan.revision));
  return plan;
}

const preconditionRequired = (reason: string) =>
  new GalaPlanError(
    GalaPlanErrorCode.PRECONDITION_REQUIRED,
    'Stuur If-Match met de ETag van het plan dat je las, zodat niemand per ongeluk andermans werk overschrijft.',
    [{ path: 'header.If-Match', code: 'required', message: reason }],
  );

@Controller()
export class GalaPlansController {
  constructor(
    private readonly plans: GalaPlansService,
    private readonly recording: GalaPlanRecordingService,
  ) {}

  @Endpoint(listGalaPlans)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listGalaPlans>) {
    return this.plans.list(actor, query);
  }

  @Endpoint(getGalaPlan)
  async get(
    @CurrentActor() actor: Actor,
    @ValidInput() { params }: OperationInput<typeof getGalaPlan>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.plans.get(actor, params.planId));
  }

  @Endpoint(createGalaPlan)
  async create(
    @CurrentActor() actor: Actor,
    @ValidInput() { body }: OperationInput<typeof createGalaPlan>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withEtag(reply, await this.recording.create(actor, body));
  }

  @Endpoint(updateGalaPlan)
  async update(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof updateGalaPlan>,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = parseIfMatch(ifMatch, preconditionRequired);
    return withEtag(reply, await this.recording.update(actor, params.planId, expected, body));
  }
}
