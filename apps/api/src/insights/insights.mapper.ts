import type { InsightCase, InsightLesson, InsightObstacle } from '@leerkring/domain';
import type { InsightCaseRow } from '../cases/cases.repository.js';

/** Only coded fields go into an insight; the rows carry nothing else. */
export function toInsightCase(row: InsightCaseRow): InsightCase {
  return {
    presentingDimensions: row.presentingDimensions,
    underlyingDimensions: row.underlyingDimensions,
    lifeDomains: row.lifeDomains,
    underlyingLifeDomains: row.underlyingLifeDomains ?? [],
    professionalsInvolved: row.professionalsInvolved,
    legalFrameworks: row.legalFrameworks,
    status: row.status,
  };
}

export function toInsightLesson(row: { theme: string; createdAt: Date }): InsightLesson {
  return { theme: row.theme, recordedAt: row.createdAt.toISOString() };
}

export function toInsightObstacle(row: {
  legalFramework: InsightObstacle['legalFramework'];
  escalationStatus: InsightObstacle['escalationStatus'];
}): InsightObstacle {
  return { legalFramework: row.legalFramework, escalationStatus: row.escalationStatus };
}
