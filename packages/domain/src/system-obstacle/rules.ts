import type { LegalFramework } from '../vocabulary/legal-frameworks.js';
import type { SystemObstacle } from './schema.js';

export interface ObstacleGroup {
  legalFramework: LegalFramework | null;
  escalationStatus: SystemObstacle['escalationStatus'];
  obstacles: number;
  /** Distinct cases that met an obstacle of the group. */
  cases: number;
}

/**
 * The system obstacles met most, grouped by legal framework and escalation status: the groups met in the most distinct
 * cases first, then with the most obstacles; ties by framework and status, so the order is stable.
 */
export function groupObstacles(
  obstacles: readonly Pick<SystemObstacle, 'legalFramework' | 'escalationStatus' | 'caseIds'>[],
): ObstacleGroup[] {
  const groups = new Map<string, { group: Omit<ObstacleGroup, 'cases'>; cases: Set<string> }>();
  for (const obstacle of obstacles) {
    const key = `${obstacle.legalFramework ?? ''}|${obstacle.escalationStatus}`;
    const entry = groups.get(key) ?? {
      group: { legalFramework: obstacle.legalFramework, escalationStatus: obstacle.escalationStatus, obstacles: 0 },
      cases: new Set<string>(),
    };
    entry.group.obstacles += 1;
    for (const caseId of obstacle.caseIds) entry.cases.add(caseId);
    groups.set(key, entry);
  }
  return [...groups.values()]
    .map(({ group, cases }) => ({ ...group, cases: cases.size }))
    .sort(
      (a, b) =>
        b.cases - a.cases ||
        b.obstacles - a.obstacles ||
        (a.legalFramework ?? '').localeCompare(b.legalFramework ?? '') ||
        a.escalationStatus.localeCompare(b.escalationStatus),
    );
}
