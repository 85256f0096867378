import { Module } from '@nestjs/common';
import { LearningGroupsController } from './learning-groups.controller.js';
import { LearningGroupsRepository } from './learning-groups.repository.js';
import { LearningGroupsService } from './learning-groups.service.js';

/** Learning groups: regions learning together. */
@Module({
  controllers: [LearningGroupsController],
  providers: [LearningGroupsService, LearningGroupsRepository],
  exports: [LearningGroupsRepository],
})
export class LearningGroupsModule {}
