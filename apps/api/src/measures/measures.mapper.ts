import { analyseRunChart, type Measure, type MeasureAnnotation } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { MeasureEntity } from './measure.entity.js';

/** A measure with its points, the run-chart analysis of the domain and the learning cycle's moments in its period. */
export function toMeasure(entity: MeasureEntity, annotations: readonly MeasureAnnotation[]): Measure {
  const points = [...entity.points].sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: entity.id,
    agreementId: entity.agreementId,
    iterationId: entity.iterationId,
    name: entity.name,
    definition: entity.definition,
    unit: entity.unit,
    betterDirection: entity.betterDirection,
    ruleSet: entity.ruleSet,
    periodStart: entity.periodStart,
    periodEnd: entity.periodEnd,
    baselineStart: entity.baselineStart,
    baselineEnd: entity.baselineEnd,
    rebaselines: entity.rebaselineDates,
    points: points.map((point) => ({ id: point.id, date: point.date, value: Number(point.value), note: point.note })),
    analysis: analyseRunChart({
      points: points.map((point) => ({ date: point.date, value: Number(point.value) })),
      ruleSet: entity.ruleSet,
      baseline: { from: entity.baselineStart, to: entity.baselineEnd },
      rebaselineDates: entity.rebaselineDates,
      betterDirection: entity.betterDirection,
    }),
    annotations: annotations.filter(
      (annotation) =>
        annotation.date >= entity.periodStart &&
        annotation.date <= entity.periodEnd &&
        (annotation.iterationId === undefined ||
          entity.iterationId === null ||
          annotation.iterationId === entity.iterationId),
    ),
    createdBy: toReference(entity.createdBy),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
