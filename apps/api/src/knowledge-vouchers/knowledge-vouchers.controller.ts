import { Controller } from '@nestjs/common';
import {
  createKnowledgeVoucher,
  evaluateKnowledgeVoucher,
  getKnowledgeVoucher,
  listKnowledgeVouchers,
  listVoucherNetworks,
  transitionKnowledgeVoucher,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { KnowledgeVoucherNetworksService } from './knowledge-voucher-networks.service.js';
import { KnowledgeVoucherStepsService } from './knowledge-voucher-steps.service.js';
import { KnowledgeVouchersService } from './knowledge-vouchers.service.js';

@Controller()
export class KnowledgeVouchersController {
  constructor(
    private readonly vouchers: KnowledgeVouchersService,
    private readonly steps: KnowledgeVoucherStepsService,
    private readonly networks: KnowledgeVoucherNetworksService,
  ) {}

  @Endpoint(listVoucherNetworks)
  listNetworks(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof listVoucherNetworks>) {
    return this.networks.list(actor, params.regionId);
  }

  @Endpoint(listKnowledgeVouchers)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listKnowledgeVouchers>) {
    return this.vouchers.list(actor, query);
  }

  @Endpoint(getKnowledgeVoucher)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getKnowledgeVoucher>) {
    return this.vouchers.get(actor, params.voucherId);
  }

  @Endpoint(createKnowledgeVoucher)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createKnowledgeVoucher>) {
    return this.steps.create(actor, body);
  }

  @Endpoint(transitionKnowledgeVoucher)
  transition(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof transitionKnowledgeVoucher>,
  ) {
    return this.steps.transition(actor, params.voucherId, body);
  }

  @Endpoint(evaluateKnowledgeVoucher)
  evaluate(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof evaluateKnowledgeVoucher>,
  ) {
    return this.steps.evaluate(actor, params.voucherId, body);
  }
}
