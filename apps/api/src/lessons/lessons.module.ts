import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { IntervisionModule } from '../intervision/intervision.module.js';
import { GroupLessonsController } from './group-lessons.controller.js';
import { GroupLessonsRepository } from './group-lessons.repository.js';
import { GroupLessonsService } from './group-lessons.service.js';
import { LessonsController } from './lessons.controller.js';
import { LessonsRepository } from './lessons.repository.js';
import { LessonsService } from './lessons.service.js';
import { SystemObstaclesRepository } from './system-obstacles.repository.js';
import { SystemObstaclesService } from './system-obstacles.service.js';

/**
 * What a bouwteam learns from its cases (which must be its own), the system obstacles it meets, and the lessons of
 * learning groups (their own, and bouwteam lessons shared into them without their cases).
 */
@Module({
  imports: [CasesModule, AccessLogModule, IntervisionModule],
  controllers: [LessonsController, GroupLessonsController],
  providers: [
    LessonsService,
    SystemObstaclesService,
    LessonsRepository,
    SystemObstaclesRepository,
    GroupLessonsService,
    GroupLessonsRepository,
  ],
  exports: [LessonsRepository, SystemObstaclesRepository],
})
export class LessonsModule {}
