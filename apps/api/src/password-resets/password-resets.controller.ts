import { Controller, Req } from '@nestjs/common';
import { createPasswordResetLink, resetPassword, type OperationInput } from '@leerkring/domain';
import type { FastifyRequest } from 'fastify';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { PasswordResetsService } from './password-resets.service.js';

@Controller()
export class PasswordResetsController {
  constructor(private readonly resets: PasswordResetsService) {}

  @Endpoint(createPasswordResetLink)
  createLink(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof createPasswordResetLink>) {
    return this.resets.createLink(actor, params.personId);
  }

  @Endpoint(resetPassword)
  reset(@ValidInput() { body }: OperationInput<typeof resetPassword>, @Req() request: FastifyRequest) {
    return this.resets.reset(body, String(request.id));
  }
}
