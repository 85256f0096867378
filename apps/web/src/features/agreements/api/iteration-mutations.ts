import type { Iteration, IterationUpdate, OperationRequest, createAgreementIteration } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { isApiProblem } from '../../../lib/api-client';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { createIteration, iterationQueryOptions, iterationsKey, updateIteration } from './iteration-queries';

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

/** Saves an iteration's texts (and a step forward); the saved one goes into the cache and the list refreshes. */
export function useUpdateIteration(iteration: Pick<Iteration, 'agreementId' | 'id'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IterationUpdate) =>
      updateIteration({ agreementId: iteration.agreementId, iterationId: iteration.id, body }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(iterationQueryOptions(saved.agreementId, saved.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: iterationsKey(saved.agreementId), exact: true });
    },
    onError: async (error) => {
      // Someone else closed or moved it meanwhile: show what is stored now.
      if (fieldErrorsOf(error).phase !== undefined || (isApiProblem(error) && error.status === 409)) {
        await queryClient.invalidateQueries({
          queryKey: iterationQueryOptions(iteration.agreementId, iteration.id).queryKey,
        });
      }
    },
  });
}
