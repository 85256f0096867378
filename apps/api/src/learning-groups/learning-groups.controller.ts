import { Controller } from '@nestjs/common';
import { listLearningGroups, type OperationInput } from '@leerkring/domain';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { LearningGroupsService } from './learning-groups.service.js';

@Controller()
export class LearningGroupsController {
  constructor(private readonly learningGroups: LearningGroupsService) {}

  @Endpoint(listLearningGroups)
  list(@ValidInput() { query }: OperationInput<typeof listLearningGroups>) {
    return this.learningGroups.list(query);
  }
}
