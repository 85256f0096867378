import { Injectable } from '@nestjs/common';
import { analyseRunChart, type MeasureSignals } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { MeasuresRepository } from './measures.repository.js';

/**
 * The current run-chart signals of the measures an iteration looks at: its own measures and the agreement's. What an
 * iteration's decision may rest on (the agreements feature asks, through MeasureRecordsModule).
 */
@Injectable()
export class MeasureSignalsService {
  constructor(private readonly measures: MeasuresRepository) {}

  async ofIteration(manager: EntityManager, agreementId: string, iterationId: string): Promise<MeasureSignals[]> {
    const measures = await this.measures.ofAgreement(manager, agreementId);
    return measures
      .filter((measure) => measure.iterationId === null || measure.iterationId === iterationId)
      .map((measure) => ({
        measureId: measure.id,
        measureName: measure.name,
        signals: analyseRunChart({
          points: measure.points.map((point) => ({ date: point.date, value: Number(point.value) })),
          ruleSet: measure.ruleSet,
          baseline: { from: measure.baselineStart, to: measure.baselineEnd },
          rebaselineDates: measure.rebaselineDates,
          betterDirection: measure.betterDirection,
        }).signals,
      }));
  }
}
