import {
  getIntervisionSession,
  listIntervisionCandidates,
  listIntervisionInputs,
  listIntervisionMethods,
  listIntervisionNotes,
} from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Every query key of one session starts with this, so a live event can refresh them all at once. */
export const sessionKeyRoot = (sessionId: string) => ['intervision-sessions', 'one', sessionId] as const;

/** One session: progress, current phase with timing, phases, roles, `myRoles`, actions and the previous open actions. */
export function intervisionSessionQueryOptions(sessionId: string) {
  return queryOptions({
    queryKey: [...sessionKeyRoot(sessionId), 'detail'],
    queryFn: ({ signal }) => callApi(getIntervisionSession, { params: { sessionId } }, { signal }),
  });
}

/** The inputs of a session the caller may see (the server leaves out others' private inputs until the reveal). */
export function intervisionInputsQueryOptions(sessionId: string) {
  return queryOptions({
    queryKey: [...sessionKeyRoot(sessionId), 'inputs'],
    queryFn: ({ signal }) => callApi(listIntervisionInputs, { params: { sessionId } }, { signal }),
  });
}

/** The phase notes of a session. */
export function intervisionNotesQueryOptions(sessionId: string) {
  return queryOptions({
    queryKey: [...sessionKeyRoot(sessionId), 'notes'],
    queryFn: ({ signal }) => callApi(listIntervisionNotes, { params: { sessionId } }, { signal }),
  });
}

/** The intervision methods to plan a session with. */
export function intervisionMethodsQueryOptions() {
  return queryOptions({
    queryKey: ['intervision-methods', 'list'],
    queryFn: ({ signal }) => callApi(listIntervisionMethods, {}, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The bouwteam's members a planner chooses the session's people from. */
export function sessionCandidatesQueryOptions(buildingTeamId: string) {
  return queryOptions({
    queryKey: ['intervision-sessions', 'candidates', buildingTeamId],
    queryFn: ({ signal }) => callApi(listIntervisionCandidates, { params: { buildingTeamId } }, { signal }),
  });
}
