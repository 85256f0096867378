import {
  createMeasure,
  createMeasurePoint,
  importMeasurePoints,
  listMeasures,
  updateMeasure,
  type Measure,
  type MeasureCreate,
  type MeasureImportResult,
  type MeasurePointInput,
  type MeasureUpdate,
} from '@leerkring/domain';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { agreementsKeyRoot } from './agreement-queries';

/** Under the agreement's own key, so refreshing the agreements refreshes its measures too. */
export const measuresKey = (agreementId: string) => [...agreementsKeyRoot, 'one', agreementId, 'measures'] as const;

/**
 * The measures of an iteration, or without an iteration the agreement's own measures (those of none of its
 * iterations), each with its points, run-chart analysis and the learning cycle's moments.
 */
export function measuresQueryOptions(agreementId: string, iterationId?: string | undefined) {
  return queryOptions({
    queryKey: [...measuresKey(agreementId), { iterationId: iterationId ?? null }],
    queryFn: ({ signal }) =>
      callApi(listMeasures, { query: { agreementId, ...(iterationId ? { iterationId } : {}) } }, { signal }),
    select: (list) => (iterationId ? list : { items: list.items.filter((measure) => measure.iterationId === null) }),
  });
}

/** After a change the agreement's measure lists are read anew. */
function useRefreshMeasures(agreementId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: measuresKey(agreementId) });
}

/** Adds a data point by hand; the measure comes back analysed anew and the lists refresh. */
export function useAddMeasurePoint(agreementId: string, measureId: string) {
  const refresh = useRefreshMeasures(agreementId);
  return useMutation({
    mutationFn: (body: MeasurePointInput) => callApi(createMeasurePoint, { params: { measureId }, body }),
    onSuccess: refresh,
  });
}

/** Defines a new measure on the agreement or one of its iterations. */
export function useCreateMeasure(agreementId: string, options: { onSuccess?: (measure: Measure) => void } = {}) {
  const refresh = useRefreshMeasures(agreementId);
  return useMutation({
    mutationFn: (body: MeasureCreate) => callApi(createMeasure, { body }),
    onSuccess: async (measure) => {
      await refresh();
      options.onSuccess?.(measure);
    },
  });
}

/** Changes a measure's definition, unit, direction, rule set or periods. */
export function useUpdateMeasure(
  agreementId: string,
  measureId: string,
  options: { onSuccess?: (measure: Measure) => void } = {},
) {
  const refresh = useRefreshMeasures(agreementId);
  return useMutation({
    mutationFn: (body: MeasureUpdate) => callApi(updateMeasure, { params: { measureId }, body }),
    onSuccess: async (measure) => {
      await refresh();
      options.onSuccess?.(measure);
    },
  });
}

/** A CSV preview (dryRun) or the import itself, all rows or none. */
export function useImportMeasurePoints(agreementId: string, measureId: string) {
  const refresh = useRefreshMeasures(agreementId);
  return useMutation({
    mutationFn: (body: { csv: string; dryRun: boolean }): Promise<MeasureImportResult> =>
      callApi(importMeasurePoints, { params: { measureId }, body }),
    onSuccess: async (result) => {
      if (result.stored) await refresh();
    },
  });
}
