import type { CaseField } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GuidelineCreateBody } from '../guideline-draft';
import { writeGuidelineVersion } from './guideline-changes';
import { guidelinesKeyRoot } from './guideline-queries';

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
