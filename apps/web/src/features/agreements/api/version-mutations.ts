import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bodyOf, type Draft } from '../draft';
import { saveVersionText } from './agreement-changes';
import { agreementsKeyRoot, agreementVersionQueryOptions } from './agreement-queries';

/**
 * Saves a concept's text guarded by the revision it was read at; the saved version goes into the cache and the
 * agreement's queries refresh. A stale save fails with the 412 (see `staleCurrent`).
 */
export function useSaveVersionText({ agreementId, versionId }: { agreementId: string; versionId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ revision, draft }: { revision: number; draft: Draft }) =>
      saveVersionText({ agreementId, versionId, revision, body: bodyOf(draft) }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(agreementVersionQueryOptions(agreementId, saved.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: agreementsKeyRoot });
    },
  });
}
