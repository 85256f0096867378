import { Controller } from '@nestjs/common';
import { listLearningGroups, type OperationInput } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { LearningGroupsService } from './learning-groups.service.js';

@Controller()
export class LearningGroupsController {
  constructor(private readonly learningGroups: LearningGroupsService) {}

  @Endpoint(listLearningGroups)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listLearningGroups>) {
    return this.learningGroups.list(actor.principal, query);
  }
}
