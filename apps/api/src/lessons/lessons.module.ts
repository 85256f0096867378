import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { LessonsController } from './lessons.controller.js';
import { LessonsRepository } from './lessons.repository.js';
import { LessonsService } from './lessons.service.js';
import { SystemObstaclesRepository } from './system-obstacles.repository.js';
import { SystemObstaclesService } from './system-obstacles.service.js';

/** What a bouwteam learns from its cases (which must be its own), and the system obstacles it meets. */
@Module({
  imports: [CasesModule, AccessLogModule],
  controllers: [LessonsController],
  providers: [LessonsService, SystemObstaclesService, LessonsRepository, SystemObstaclesRepository],
  exports: [LessonsRepository, SystemObstaclesRepository],
})
export class LessonsModule {}
