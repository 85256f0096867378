import {
  createAgreementIteration,
  getAgreementIteration,
  listAgreementClauseSources,
  listAgreementIterations,
  updateAgreementIteration,
  type OperationRequest,
} from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { agreementsKeyRoot } from './agreement-queries';

/** Under the agreement's own key, so refreshing the agreements refreshes its iterations too. */
export const iterationsKey = (agreementId: string) => [...agreementsKeyRoot, 'one', agreementId, 'iterations'] as const;

/** The action-research iterations of an agreement, newest first. */
export function iterationsQueryOptions(agreementId: string) {
  return queryOptions({
    queryKey: iterationsKey(agreementId),
    queryFn: ({ signal }) => callApi(listAgreementIterations, { params: { agreementId } }, { signal }),
  });
}

/** One iteration: its version, clauses, texts per phase, phase and decision. */
export function iterationQueryOptions(agreementId: string, iterationId: string) {
  return queryOptions({
    queryKey: [...iterationsKey(agreementId), iterationId],
    queryFn: ({ signal }) => callApi(getAgreementIteration, { params: { agreementId, iterationId } }, { signal }),
  });
}

/** The clauses (of any version) that answer an iteration. */
export function iterationAnswersQueryOptions(iterationId: string) {
  return queryOptions({
    queryKey: [...agreementsKeyRoot, 'clause-sources', { iterationId }],
    queryFn: ({ signal }) =>
      callApi(listAgreementClauseSources, { query: { iterationId, page: 1, pageSize: 100 } }, { signal }),
  });
}

/** Starts an iteration in the plan phase. */
export function createIteration({
  agreementId,
  body,
}: {
  agreementId: string;
  body: OperationRequest<typeof createAgreementIteration>['body'];
}) {
  return callApi(createAgreementIteration, { params: { agreementId }, body });
}

/** Records texts, moves the cycle one phase forward, or decides. */
export function updateIteration({
  agreementId,
  iterationId,
  body,
}: {
  agreementId: string;
  iterationId: string;
  body: OperationRequest<typeof updateAgreementIteration>['body'];
}) {
  return callApi(updateAgreementIteration, { params: { agreementId, iterationId }, body });
}
