import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { ClockModule } from '../common/clock.module.js';
import { MeasureRecordsModule } from './measure-records.module.js';
import { MeasuresController } from './measures.controller.js';
import { MeasuresService } from './measures.service.js';

/** Measures with run charts on agreements and their iterations; the agreement (from its module) decides who may. */
@Module({
  imports: [AgreementsModule, MeasureRecordsModule, ClockModule],
  controllers: [MeasuresController],
  providers: [MeasuresService],
})
export class MeasuresModule {}
