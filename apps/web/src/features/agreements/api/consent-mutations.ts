import {
  createAgreementConsent,
  putAgreementVersionInForce,
  type AgreementVersion,
  type AgreementVersionInForce,
  type ConsentCreate,
} from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { callApi } from '../../../lib/api-client';
import { agreementConsentsQueryOptions, agreementVersionQueryOptions, agreementsKeyRoot } from './agreement-queries';

type VersionIds = { agreementId: string; versionId: string };

/** Give (or change) my organisation's stance on a proposed version; the answer is the round as it stands now. */
export function useGiveConsent(ids: VersionIds) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsentCreate) => callApi(createAgreementConsent, { params: ids, body }),
    onSuccess: (round) =>
      queryClient.setQueryData(agreementConsentsQueryOptions(ids.agreementId, ids.versionId).queryKey, round),
  });
}

/**
 * Put a consented version in force (as beta or adopted); the version superseded, the agreement's version in force and
 * the closed round all change.
 */
export function usePutVersionInForce(ids: VersionIds, { onSuccess }: AfterChange<AgreementVersion> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementVersionInForce) => callApi(putAgreementVersionInForce, { params: ids, body }),
    onSuccess: async (stored) => {
      await onSuccess?.(stored);
      queryClient.setQueryData(agreementVersionQueryOptions(ids.agreementId, ids.versionId).queryKey, stored);
      await queryClient.invalidateQueries({ queryKey: agreementsKeyRoot });
    },
  });
}
