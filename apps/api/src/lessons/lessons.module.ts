import { Module } from '@nestjs/common';
import { LessonsController } from './lessons.controller.js';
import { LessonsRepository } from './lessons.repository.js';
import { LessonsService } from './lessons.service.js';
import { SystemObstaclesService } from './system-obstacles.service.js';

/** What a bouwteam learns from its cases, and the system obstacles it meets. */
@Module({
  controllers: [LessonsController],
  providers: [LessonsService, SystemObstaclesService, LessonsRepository],
  exports: [LessonsRepository],
})
export class LessonsModule {}
