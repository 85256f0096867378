import { formatVersionNumber, type Iteration } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { IterationEntity } from './iteration.entity.js';

export function toIteration(entity: IterationEntity): Iteration {
  return {
    id: entity.id,
    agreementId: entity.agreementId,
    version: { id: entity.version.id, number: formatVersionNumber(entity.version) },
    clauseIds: entity.clauseIds,
    title: entity.title,
    question: entity.question,
    prediction: entity.prediction,
    plan: entity.plan,
    actions: entity.actions,
    observations: entity.observations,
    learning: entity.learning,
    phase: entity.phase,
    decision: entity.decision,
    signals: entity.decisionSignals ?? [],
    ...(entity.startDate ? { startDate: entity.startDate } : {}),
    ...(entity.endDate ? { endDate: entity.endDate } : {}),
    createdBy: toReference(entity.createdBy),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
