import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { ClockModule } from '../common/clock.module.js';
import { MeasuresController } from './measures.controller.js';
import { MeasuresRepository } from './measures.repository.js';
import { MeasuresService } from './measures.service.js';

/** Measures with run charts on agreements and their iterations; the agreement (from its module) decides who may. */
@Module({
  imports: [AgreementsModule, ClockModule],
  controllers: [MeasuresController],
  providers: [MeasuresRepository, MeasuresService],
})
export class MeasuresModule {}
