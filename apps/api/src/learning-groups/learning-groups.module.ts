import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningGroupEntity } from './learning-group.entity.js';
import { LearningGroupsController } from './learning-groups.controller.js';
import { LearningGroupsService } from './learning-groups.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([LearningGroupEntity])],
  controllers: [LearningGroupsController],
  providers: [LearningGroupsService],
})
export class LearningGroupsModule {}
