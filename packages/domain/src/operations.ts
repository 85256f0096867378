import type { Operation } from './api/operation.js';
import {
  createBuildingTeam,
  getBuildingTeam,
  listBuildingTeams,
  updateBuildingTeam,
} from './building-team/operations.js';
import { getHealth } from './health/operations.js';
import { listLearningGroups } from './learning-group/operations.js';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisation/operations.js';
import { getOpenApiDocument } from './openapi/operations.js';
import { getOverview } from './overview/operations.js';
import { getMyWork } from './work/operations.js';
import { createRegion, getRegion, listRegions, updateRegion } from './region/operations.js';
import { createPerson, getPerson, listPeople, updatePerson } from './person/operations.js';
import {
  approveMembership,
  createMembership,
  deleteMembership,
  listMemberships,
  rejectMembership,
} from './membership/operations.js';
import { createPasswordResetLink, resetPassword } from './password-reset/operations.js';
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
import { createLesson, getLesson, listLessons, updateLesson } from './lesson/operations.js';
import { exportInsightCsv, exportInsightXlsx, getInsight } from './insight/operations.js';
import { createSystemObstacle, listSystemObstacles, updateSystemObstacle } from './system-obstacle/operations.js';
import {
  createRegistrationGuideline,
  getRegistrationGuideline,
  listRegistrationGuidelines,
  updateRegistrationGuideline,
} from './registration-guideline/operations.js';

import {
  createIntervisionMethod,
  getIntervisionMethod,
  listIntervisionMethods,
  updateIntervisionMethod,
} from './intervision/method-operations.js';
import {
  commandIntervisionSession,
  createIntervisionAction,
  createIntervisionInput,
  createIntervisionNote,
  createIntervisionSession,
  getIntervisionSession,
  getIntervisionSessionEvents,
  listIntervisionInputs,
  listIntervisionNotes,
  listIntervisionCandidates,
  listIntervisionSessions,
  updateIntervisionAction,
} from './intervision-session/operations.js';
import {
  createAgreementIteration,
  getAgreementIteration,
  listAgreementIterations,
  updateAgreementIteration,
} from './iteration/operations.js';
import {
  changeAgreementVersionStatus,
  createAgreement,
  updateAgreement,
  createAgreementConsent,
  createAgreementIterationProposal,
  createAgreementLessonProposal,
  createAgreementVersion,
  getAgreement,
  getAgreementConsentEvents,
  getAgreementVersion,
  getAgreementVersionDiff,
  getAgreementVersionDocx,
  getAgreementVersionHistory,
  getAgreementVersionMarkdown,
  listAgreementClauseSources,
  listAgreementConsents,
  listAgreements,
  listAgreementVersions,
  putAgreementVersionInForce,
  updateAgreementVersion,
} from './agreement/operations.js';
import { galaOperations } from './gala/operations.js';
import { galaIoOperations } from './gala-io/operations.js';
import { knowledgeVoucherOperations } from './voucher/operations.js';

/** Every operation of the API. The API refuses to start when a route has no operation here, and the other way round. */
export const operations = {
  getHealth,
  getOpenApiDocument,
  getOverview,
  getMyWork,
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
  createBuildingTeam,
  updateBuildingTeam,
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
  createPasswordResetLink,
  resetPassword,
  listMemberships,
  createMembership,
  deleteMembership,
  approveMembership,
  rejectMembership,
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
  listLessons,
  getLesson,
  createLesson,
  updateLesson,
  listSystemObstacles,
  createSystemObstacle,
  updateSystemObstacle,
  getInsight,
  exportInsightXlsx,
  exportInsightCsv,
  listIntervisionMethods,
  getIntervisionMethod,
  createIntervisionMethod,
  updateIntervisionMethod,
  listIntervisionSessions,
  listIntervisionCandidates,
  getIntervisionSession,
  createIntervisionSession,
  commandIntervisionSession,
  getIntervisionSessionEvents,
  listIntervisionInputs,
  createIntervisionInput,
  listIntervisionNotes,
  createIntervisionNote,
  createIntervisionAction,
  updateIntervisionAction,
  listAgreements,
  getAgreement,
  createAgreement,
  updateAgreement,
  listAgreementVersions,
  getAgreementVersion,
  createAgreementVersion,
  updateAgreementVersion,
  changeAgreementVersionStatus,
  putAgreementVersionInForce,
  listAgreementConsents,
  createAgreementConsent,
  getAgreementVersionDiff,
  getAgreementVersionHistory,
  listAgreementClauseSources,
  createAgreementLessonProposal,
  createAgreementIterationProposal,
  getAgreementVersionMarkdown,
  getAgreementVersionDocx,
  getAgreementConsentEvents,
  listAgreementIterations,
  getAgreementIteration,
  createAgreementIteration,
  updateAgreementIteration,
  ...galaOperations,
  ...galaIoOperations,
  ...knowledgeVoucherOperations,
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;
