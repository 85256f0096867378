import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { InsightsController } from './insights.controller.js';
import { InsightsService } from './insights.service.js';

/** Aggregated insight from cases. */
@Module({ imports: [CasesModule, AccessLogModule], controllers: [InsightsController], providers: [InsightsService] })
export class InsightsModule {}
