import { Module } from '@nestjs/common';
import { MeasureSignalsService } from './measure-signals.service.js';
import { MeasuresRepository } from './measures.repository.js';

/**
 * The measures tables on their own, with nothing they depend on: the current signals an iteration's decision may rest
 * on (AgreementsModule), so that MeasuresModule can use the agreements without an import ring.
 */
@Module({
  providers: [MeasuresRepository, MeasureSignalsService],
  exports: [MeasuresRepository, MeasureSignalsService],
})
export class MeasureRecordsModule {}
