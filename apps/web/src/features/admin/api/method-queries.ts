import {
  createIntervisionMethod,
  getIntervisionMethod,
  listIntervisionMethods,
  updateIntervisionMethod,
  type IntervisionMethodCreate,
  type IntervisionMethodUpdate,
} from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Everything cached about intervision methods, the session planner's list included: invalidated after a change. */
export const methodsKeyRoot = ['intervision-methods'] as const;

/** Every method, for the admin list (the API answers them all at once, without pages). */
export function adminMethodsQueryOptions() {
  return queryOptions({
    queryKey: [...methodsKeyRoot, 'admin-list'],
    queryFn: ({ signal }) => callApi(listIntervisionMethods, {}, { signal }),
  });
}

export function methodQueryOptions(methodId: string) {
  return queryOptions({
    queryKey: [...methodsKeyRoot, 'one', methodId],
    queryFn: ({ signal }) => callApi(getIntervisionMethod, { params: { methodId } }, { signal }),
  });
}

/** Adds a method, or changes the one with `methodId` (its code stays as it is). */
export function saveMethod(
  change: { methodId: string; body: IntervisionMethodUpdate } | { methodId?: undefined; body: IntervisionMethodCreate },
) {
  return change.methodId === undefined
    ? callApi(createIntervisionMethod, { body: change.body })
    : callApi(updateIntervisionMethod, { params: { methodId: change.methodId }, body: change.body });
}
