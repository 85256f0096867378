import { Controller } from '@nestjs/common';
import { createCase, getCase, getCaseHistory, listCases, updateCase, type OperationInput } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { CaseRecordingService } from './case-recording.service.js';
import { CasesService } from './cases.service.js';

@Controller()
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly recording: CaseRecordingService,
  ) {}

  @Endpoint(listCases)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listCases>) {
    return this.cases.list(actor, query);
  }

  @Endpoint(getCase)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getCase>) {
    return this.cases.get(actor, params.caseId);
  }

  @Endpoint(createCase)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createCase>) {
    return this.recording.create(actor, body);
  }

  @Endpoint(updateCase)
  update(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updateCase>) {
    return this.recording.update(actor, params.caseId, body);
  }

  @Endpoint(getCaseHistory)
  history(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getCaseHistory>) {
    return this.cases.history(actor, params.caseId);
  }
}
