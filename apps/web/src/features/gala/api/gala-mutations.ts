import { GalaPlanSchema, galaPlanEtag, updateGalaPlan, type GalaPlan, type GalaPlanUpdate } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, isApiProblem } from '../../../lib/api-client';
import { galaKeyRoot, galaPlanQueryOptions } from './gala-queries';

/** The plan as it is stored now, when the error is the API's refusal of a stale change (412); otherwise undefined. */
export function stalePlan(error: unknown): GalaPlan | undefined {
  if (!isApiProblem(error) || error.status !== 412) return undefined;
  const body = error.body;
  const current = typeof body === 'object' && body !== null && 'current' in body ? body.current : undefined;
  const parsed = GalaPlanSchema.safeParse(current);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Changes a plan guarded by the revision it was read at: a stale change is refused (412) and never overwrites. The
 * stored plan goes into the cache; the dashboards and alerts refresh.
 */
export function useSaveGalaPlan(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ revision, body }: { revision: number; body: GalaPlanUpdate }) =>
      callApi(updateGalaPlan, { params: { planId }, body }, { headers: { 'If-Match': galaPlanEtag(revision) } }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(galaPlanQueryOptions(saved.id).queryKey, saved);
      await queryClient.invalidateQueries({
        queryKey: galaKeyRoot,
        predicate: (query) => query.queryKey[1] !== 'plan' && query.queryKey[1] !== 'taxonomy',
      });
    },
    onError: (error) => {
      // The 412 carries the plan as it is now: the cache holds that, the form keeps what the person typed.
      const current = stalePlan(error);
      if (current) queryClient.setQueryData(galaPlanQueryOptions(planId).queryKey, current);
    },
  });
}
