import type { Overview } from '@leerkring/domain';

export function toOverview([organisations, regions, buildingTeams, learningGroups]: readonly [
  number,
  number,
  number,
  number,
]): Overview {
  return { organisations, regions, buildingTeams, learningGroups };
}
