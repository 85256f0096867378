import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { InsightsController } from './insights.controller.js';
import { InsightsService } from './insights.service.js';

/** Aggregated insight from cases. */
@Module({ imports: [CasesModule], controllers: [InsightsController], providers: [InsightsService] })
export class InsightsModule {}
