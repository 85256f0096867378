import { forwardRef, Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { LessonsController } from './lessons.controller.js';
import { LessonsRepository } from './lessons.repository.js';
import { LessonsService } from './lessons.service.js';
import { SystemObstaclesRepository } from './system-obstacles.repository.js';
import { SystemObstaclesService } from './system-obstacles.service.js';

/** What a bouwteam learns from its cases, and the system obstacles it meets (see CasesModule on the import ring). */
@Module({
  imports: [forwardRef(() => CasesModule)],
  controllers: [LessonsController],
  providers: [LessonsService, SystemObstaclesService, LessonsRepository, SystemObstaclesRepository],
  exports: [LessonsRepository],
})
export class LessonsModule {}
