import {
  createKnowledgeVoucher,
  evaluateKnowledgeVoucher,
  transitionKnowledgeVoucher,
  type KnowledgeVoucher,
  type OperationRequest,
} from '@leerkring/domain';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import type { AfterChange } from '../../../lib/after-change';
import { voucherQueryOptions, vouchersKeyRoot } from './voucher-queries';

/** The stored voucher into the cache; the lists, and the region dashboards and alerts (which count vouchers), refresh. */
async function stored(queryClient: QueryClient, voucher: KnowledgeVoucher) {
  queryClient.setQueryData(voucherQueryOptions(voucher.id).queryKey, voucher);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...vouchersKeyRoot, 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['gala'] }),
  ]);
}

/** Requests a voucher for a network of the region. */
export function useCreateVoucher(after: AfterChange<KnowledgeVoucher> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OperationRequest<typeof createKnowledgeVoucher>['body']) =>
      callApi(createKnowledgeVoucher, { body }),
    onSuccess: async (voucher) => {
      await stored(queryClient, voucher);
      await after.onSuccess?.(voucher);
    },
  });
}

/** Grants, rejects, starts (or records the hours of) or completes a voucher; 409 when the step is not allowed now. */
export function useTransitionVoucher(voucherId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OperationRequest<typeof transitionKnowledgeVoucher>['body']) =>
      callApi(transitionKnowledgeVoucher, { params: { voucherId }, body }),
    onSuccess: (voucher) => stored(queryClient, voucher),
  });
}

/** Evaluates a completed voucher, linking the lessons that came from it. */
export function useEvaluateVoucher(voucherId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OperationRequest<typeof evaluateKnowledgeVoucher>['body']) =>
      callApi(evaluateKnowledgeVoucher, { params: { voucherId }, body }),
    onSuccess: (voucher) => stored(queryClient, voucher),
  });
}
