import { createCase, updateCase, type CaseUpdate, type OperationRequest } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export type CaseChange =
  { caseId: string; body: CaseUpdate } | { caseId?: undefined; body: OperationRequest<typeof createCase>['body'] };

/** Brings in a case, or changes the one with `caseId`; every cached case list and case refreshes. */
export function useSaveCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: CaseChange) =>
      change.caseId === undefined
        ? callApi(createCase, { body: change.body })
        : callApi(updateCase, { params: { caseId: change.caseId }, body: change.body }),
    // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'], refetchType: 'all' }),
  });
}
