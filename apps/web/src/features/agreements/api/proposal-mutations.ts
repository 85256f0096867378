import type { AgreementVersion } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { proposeFromIteration, proposeFromLesson } from './agreement-changes';
import { agreementsKeyRoot } from './agreement-queries';

/** A lesson, or an iteration decided "adapt", turned into a clause change of an agreement's concept. */
export function useProposeClauseChange({ onSuccess }: AfterChange<AgreementVersion> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      agreementId,
      source,
      change,
    }: {
      agreementId: string;
      source: { kind: 'lesson' | 'iteration'; id: string };
      change: { clauseId?: string; title: string; text: string };
    }) =>
      source.kind === 'lesson'
        ? proposeFromLesson({ agreementId, body: { lessonId: source.id, ...change } })
        : proposeFromIteration({ agreementId, body: { iterationId: source.id, ...change } }),
    onSuccess: async (concept) => {
      await queryClient.invalidateQueries({ queryKey: agreementsKeyRoot });
      await onSuccess?.(concept);
    },
  });
}
