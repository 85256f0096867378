import { getQuestionShiftInsight } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Where a bouwteam's presenting questions rest: counts only, small cells suppressed by the API. */
export function questionShiftsQueryOptions(buildingTeamId: string) {
  return queryOptions({
    queryKey: ['insights', 'question-shifts', buildingTeamId],
    queryFn: ({ signal }) => callApi(getQuestionShiftInsight, { query: { buildingTeamId } }, { signal }),
  });
}
