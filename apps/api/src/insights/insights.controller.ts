import { Controller } from '@nestjs/common';
import { getQuestionShiftInsight, type OperationInput } from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { InsightsService } from './insights.service.js';

@Controller()
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Endpoint(getQuestionShiftInsight)
  questionShifts(
    @CurrentActor() actor: Actor,
    @ValidInput() { query }: OperationInput<typeof getQuestionShiftInsight>,
  ) {
    return this.insights.questionShifts(actor, query.buildingTeamId);
  }
}
