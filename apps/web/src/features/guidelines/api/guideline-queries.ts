import { getRegistrationGuideline, listRegistrationGuidelines } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** The root of every registration guideline query (the case form's "in force" one too), to refresh after a change. */
export const guidelinesKeyRoot = ['registration-guidelines'] as const;

/** One page of a bouwteam's guideline versions, newest first. */
export function guidelineVersionsQueryOptions(query: { buildingTeamId: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...guidelinesKeyRoot, 'list', query],
    queryFn: ({ signal }) => callApi(listRegistrationGuidelines, { query }, { signal }),
  });
}

/** One guideline version. */
export function guidelineVersionQueryOptions(guidelineId: string) {
  return queryOptions({
    queryKey: [...guidelinesKeyRoot, 'one', guidelineId],
    queryFn: ({ signal }) => callApi(getRegistrationGuideline, { params: { guidelineId } }, { signal }),
  });
}
