import { Controller } from '@nestjs/common';
import { getMyGalaDigest, updateMyGalaDigest, type OperationInput } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { GalaDigestService } from './gala-digest.service.js';

@Controller()
export class GalaDigestController {
  constructor(private readonly digests: GalaDigestService) {}

  @Endpoint(getMyGalaDigest)
  get(@CurrentActor() actor: Actor) {
    return this.digests.get(actor);
  }

  @Endpoint(updateMyGalaDigest)
  update(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof updateMyGalaDigest>) {
    return this.digests.set(actor, body.subscribed);
  }
}
