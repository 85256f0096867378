import type { CaseField, RegistrationGuideline } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import type { GuidelineCreateBody } from '../guideline-draft';
import { putGuidelineInForce, writeGuidelineVersion } from './guideline-changes';
import { guidelineVersionQueryOptions, guidelinesKeyRoot } from './guideline-queries';

/** Put a concept in force; the version superseded, the list and the case form's version in force all change. */
export function usePutGuidelineInForce(guidelineId: string, { onSuccess }: AfterChange<RegistrationGuideline> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => putGuidelineInForce(guidelineId),
    onSuccess: async (stored) => {
      queryClient.setQueryData(guidelineVersionQueryOptions(stored.id).queryKey, stored);
      await onSuccess?.(stored);
      await queryClient.invalidateQueries({ queryKey: guidelinesKeyRoot });
    },
  });
}

/** Writes a new guideline version; every cached guideline query refreshes. */
export function useWriteGuidelineVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    // The fields sent go with the call: the API's `body.clauses.<i>` refusals are placed by them.
    mutationFn: ({ body }: { body: GuidelineCreateBody; fields: readonly CaseField[] }) => writeGuidelineVersion(body),
    // The list, the version in force (the bouwteam home, the case form) may all have changed.
    // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: guidelinesKeyRoot, refetchType: 'all' }),
  });
}
