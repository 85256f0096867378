import type { Iteration, OperationRequest, createAgreementIteration } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { createIteration, iterationQueryOptions, iterationsKey } from './iteration-queries';

/** Start an iteration (in its plan phase) on clauses of a version. */
export function useCreateIteration(agreementId: string, { onSuccess }: AfterChange<Iteration> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OperationRequest<typeof createAgreementIteration>['body']) =>
      createIteration({ agreementId, body }),
    onSuccess: async (created) => {
      queryClient.setQueryData(iterationQueryOptions(agreementId, created.id).queryKey, created);
      await queryClient.invalidateQueries({ queryKey: iterationsKey(agreementId) });
      await onSuccess?.(created);
    },
  });
}
