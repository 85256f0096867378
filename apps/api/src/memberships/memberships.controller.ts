import { Controller } from '@nestjs/common';
import {
  approveMembership,
  createMembership,
  deleteMembership,
  listMemberships,
  rejectMembership,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { MembershipsService } from './memberships.service.js';

@Controller()
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Endpoint(listMemberships)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listMemberships>) {
    return this.memberships.list(actor, query);
  }

  @Endpoint(createMembership)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createMembership>) {
    return this.memberships.create(actor, body);
  }

  @Endpoint(approveMembership)
  approve(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof approveMembership>) {
    return this.memberships.decide(actor, params.membershipId, 'active');
  }

  @Endpoint(rejectMembership)
  reject(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof rejectMembership>) {
    return this.memberships.decide(actor, params.membershipId, 'rejected');
  }

  @Endpoint(deleteMembership)
  remove(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof deleteMembership>) {
    return this.memberships.remove(actor, params.membershipId);
  }
}
