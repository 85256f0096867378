import type { Operation } from './api/operation.js';
import { getBuildingTeam, listBuildingTeams } from './building-team/operations.js';
import { getHealth } from './health/operations.js';
import { listLearningGroups } from './learning-group/operations.js';
import { createOrganisation, getOrganisation, listOrganisations } from './organisation/operations.js';
import { getOpenApiDocument } from './openapi/operations.js';
import { getOverview } from './overview/operations.js';
import { getRegion, listRegions } from './region/operations.js';

/** Every operation of the API. The API refuses to start when a route has no operation here, and the other way round. */
export const operations = {
  getHealth,
  getOpenApiDocument,
  getOverview,
  listOrganisations,
  getOrganisation,
  createOrganisation,
  listRegions,
  getRegion,
  listBuildingTeams,
  getBuildingTeam,
  listLearningGroups,
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;
