import {
  AgreementStaleProblemSchema,
  changeAgreementVersionStatus,
  createAgreementIterationProposal,
  createAgreementLessonProposal,
  createAgreementVersion,
  updateAgreementVersion,
  versionEtag,
  type AgreementVersion,
  type OperationRequest,
} from '@leerkring/domain';
import { callApi, isApiProblem } from '../../../lib/api-client';

/** Saves a concept's text, guarded by the revision it was read at: a stale save is refused (412), never overwrites. */
export function saveVersionText({
  agreementId,
  versionId,
  revision,
  body,
}: {
  agreementId: string;
  versionId: string;
  revision: number;
  body: OperationRequest<typeof updateAgreementVersion>['body'];
}) {
  return callApi(
    updateAgreementVersion,
    { params: { agreementId, versionId }, body },
    { headers: { 'If-Match': versionEtag(revision) } },
  );
}

/** The version as it is stored now, when the error is the API's refusal of a stale save (412); otherwise undefined. */
export function staleCurrent(error: unknown): AgreementVersion | undefined {
  if (!isApiProblem(error) || error.status !== 412) return undefined;
  const parsed = AgreementStaleProblemSchema.safeParse(error.body);
  return parsed.success ? parsed.data.current : undefined;
}

/** Proposes a concept, takes a proposal back to concept, or withdraws a version. */
export function changeVersionStatus({
  agreementId,
  versionId,
  status,
  deadline,
}: {
  agreementId: string;
  versionId: string;
  status: 'proposed' | 'concept' | 'withdrawn';
  /** When proposing: the day by which the partners are asked for their stance. */
  deadline?: string;
}) {
  return callApi(changeAgreementVersionStatus, {
    params: { agreementId, versionId },
    body: { status, ...(status === 'proposed' && deadline ? { deadline } : {}) },
  });
}

/** A new concept, copied from the version in force (or the latest); numbered as the next major version (1.0, 2.0 …) when `major`. */
export function createConcept({
  agreementId,
  changelog = '',
  major = false,
}: {
  agreementId: string;
  changelog?: string;
  major?: boolean;
}) {
  return callApi(createAgreementVersion, { params: { agreementId }, body: { changelog, major } });
}

/** A lesson turned into a clause change of the agreement's concept, in one step. */
export function proposeFromLesson({
  agreementId,
  body,
}: {
  agreementId: string;
  body: OperationRequest<typeof createAgreementLessonProposal>['body'];
}) {
  return callApi(createAgreementLessonProposal, { params: { agreementId }, body });
}

/** An iteration decided "adapt" turned into a clause change of the agreement's concept, in one step. */
export function proposeFromIteration({
  agreementId,
  body,
}: {
  agreementId: string;
  body: OperationRequest<typeof createAgreementIterationProposal>['body'];
}) {
  return callApi(createAgreementIterationProposal, { params: { agreementId }, body });
}
