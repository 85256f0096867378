import type { RegistrationGuideline } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { putGuidelineInForce } from './guideline-changes';
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
