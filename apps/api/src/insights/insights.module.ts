import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { BuildingTeamsModule } from '../building-teams/building-teams.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ClockModule } from '../common/clock.module.js';
import { LessonsModule } from '../lessons/lessons.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { InsightsController } from './insights.controller.js';
import { InsightsService } from './insights.service.js';

/** Aggregated insight from cases, lessons and obstacles, and its export. */
@Module({
  imports: [CasesModule, LessonsModule, RegionsModule, BuildingTeamsModule, AccessLogModule, ClockModule],
  controllers: [InsightsController],
  providers: [InsightsService],
})
export class InsightsModule {}
