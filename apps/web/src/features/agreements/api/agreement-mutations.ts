import {
  createAgreement,
  updateAgreement,
  type Agreement,
  type AgreementCreate,
  type AgreementUpdate,
  type AgreementVersion,
} from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { callApi } from '../../../lib/api-client';
import { changeVersionStatus, createConcept } from './agreement-changes';
import { agreementQueryOptions, agreementVersionQueryOptions, agreementsKeyRoot } from './agreement-queries';

/** A new agreement in a context; the lists of agreements are read again. */
export function useCreateAgreement({ onSuccess }: AfterChange<Agreement> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementCreate) => callApi(createAgreement, { body }),
    onSuccess: async (created) => {
      queryClient.setQueryData(agreementQueryOptions(created.id).queryKey, created);
      await queryClient.invalidateQueries({ queryKey: [...agreementsKeyRoot, 'list'] });
      await onSuccess?.(created);
    },
  });
}

/** Change an agreement's title, scope or decision rule; nothing is sent when nothing changed. */
export function useUpdateAgreement(agreement: Agreement, { onSuccess }: AfterChange<Agreement> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AgreementUpdate) =>
      Object.keys(body).length === 0
        ? agreement
        : callApi(updateAgreement, { params: { agreementId: agreement.id }, body }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(agreementQueryOptions(saved.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: [...agreementsKeyRoot, 'list'] });
      await onSuccess?.(saved);
    },
  });
}

/** A new concept version (the next major one when `major`). */
export function useCreateConcept(agreementId: string, { onSuccess }: AfterChange<AgreementVersion> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (major: boolean) => createConcept({ agreementId, major }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: agreementsKeyRoot });
      await onSuccess?.(created);
    },
  });
}

/** Propose a concept, take a proposal back to concept, or withdraw a version. */
export function useChangeVersionStatus(agreementId: string, versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: 'proposed' | 'concept' | 'withdrawn' | { status: 'proposed'; deadline?: string }) =>
      changeVersionStatus({ agreementId, versionId, ...(typeof change === 'string' ? { status: change } : change) }),
    onSuccess: async (changed) => {
      queryClient.setQueryData(agreementVersionQueryOptions(agreementId, versionId).queryKey, changed);
      await queryClient.invalidateQueries({ queryKey: agreementsKeyRoot });
    },
  });
}
