import type { Operation } from './api/operation.js';
import { getBuildingTeam, listBuildingTeams } from './building-team/operations.js';
import { getHealth } from './health/operations.js';
import { listLearningGroups } from './learning-group/operations.js';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './organisation/operations.js';
import { getOpenApiDocument } from './openapi/operations.js';
import { getOverview } from './overview/operations.js';
import { createRegion, getRegion, listRegions, updateRegion } from './region/operations.js';
import { createPerson, getPerson, listPeople, updatePerson } from './person/operations.js';
import { createMembership, deleteMembership, listMemberships } from './membership/operations.js';
import {
  completeSsoLogin,
  createMyApiToken,
  getMe,
  getSsoConfiguration,
  listMyApiTokens,
  login,
  logout,
  revokeMyApiToken,
  startSsoLogin,
} from './auth/operations.js';
import { exportAccessLog, listAccessLog, listMyRecordAccess } from './access-log/operations.js';
import { createCase, getCase, getCaseHistory, listCases, updateCase } from './case/operations.js';
import {
  createRegistrationGuideline,
  getRegistrationGuideline,
  listRegistrationGuidelines,
  updateRegistrationGuideline,
} from './registration-guideline/operations.js';

/** Every operation of the API. The API refuses to start when a route has no operation here, and the other way round. */
export const operations = {
  getHealth,
  getOpenApiDocument,
  getOverview,
  listOrganisations,
  getOrganisation,
  createOrganisation,
  updateOrganisation,
  listRegions,
  getRegion,
  createRegion,
  updateRegion,
  listBuildingTeams,
  getBuildingTeam,
  listLearningGroups,
  login,
  logout,
  getSsoConfiguration,
  startSsoLogin,
  completeSsoLogin,
  getMe,
  listMyApiTokens,
  createMyApiToken,
  revokeMyApiToken,
  listMyRecordAccess,
  listPeople,
  getPerson,
  createPerson,
  updatePerson,
  listMemberships,
  createMembership,
  deleteMembership,
  listAccessLog,
  exportAccessLog,
  listRegistrationGuidelines,
  getRegistrationGuideline,
  createRegistrationGuideline,
  updateRegistrationGuideline,
  listCases,
  getCase,
  createCase,
  updateCase,
  getCaseHistory,
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;
