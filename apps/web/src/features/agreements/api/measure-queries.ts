import { createMeasurePoint, listMeasures, type MeasurePointInput } from '@leerkring/domain';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { agreementsKeyRoot } from './agreement-queries';

/** Under the agreement's own key, so refreshing the agreements refreshes its measures too. */
export const measuresKey = (agreementId: string) => [...agreementsKeyRoot, 'one', agreementId, 'measures'] as const;

/** The measures of an iteration, each with its points, run-chart analysis and the learning cycle's moments. */
export function iterationMeasuresQueryOptions(agreementId: string, iterationId: string) {
  return queryOptions({
    queryKey: [...measuresKey(agreementId), { iterationId }],
    queryFn: ({ signal }) => callApi(listMeasures, { query: { agreementId, iterationId } }, { signal }),
  });
}

/** Adds a data point by hand; the measure comes back analysed anew and the lists refresh. */
export function useAddMeasurePoint(agreementId: string, measureId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasurePointInput) => callApi(createMeasurePoint, { params: { measureId }, body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: measuresKey(agreementId) });
    },
  });
}
