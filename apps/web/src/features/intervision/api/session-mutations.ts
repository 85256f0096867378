import {
  commandIntervisionSession,
  createIntervisionAction,
  createIntervisionInput,
  createIntervisionNote,
  createIntervisionSession,
  updateIntervisionAction,
  type ActionStatus,
  type OperationRequest,
  type SessionCommand,
} from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { intervisionSessionQueryOptions, sessionKeyRoot } from './session-queries';

/** A facilitator's command (start, advance, back, reveal, end); the answer is the session as it is now. */
export function useSessionCommand(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: SessionCommand) =>
      callApi(commandIntervisionSession, { params: { sessionId }, body: { command } }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(intervisionSessionQueryOptions(sessionId).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: sessionKeyRoot(sessionId) });
    },
  });
}

/** Posts an input to the current phase. */
export function usePostSessionInput(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => callApi(createIntervisionInput, { params: { sessionId }, body: { text } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeyRoot(sessionId) }),
  });
}

/** Posts a note to the current phase (note-taker only). */
export function usePostSessionNote(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => callApi(createIntervisionNote, { params: { sessionId }, body: { text } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeyRoot(sessionId) }),
  });
}

/** Marks an action done or carried on; `sessionId` is the session on screen, whose queries refresh. */
export function useUpdateSessionAction(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ActionStatus }) =>
      callApi(updateIntervisionAction, { params: { actionId: id }, body: { status } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeyRoot(sessionId) }),
  });
}

/** Agrees on a new action in a session. */
export function useCreateSessionAction(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OperationRequest<typeof createIntervisionAction>['body']) =>
      callApi(createIntervisionAction, { params: { sessionId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeyRoot(sessionId) }),
  });
}

/** Plans a session. */
export function usePlanSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OperationRequest<typeof createIntervisionSession>['body']) =>
      callApi(createIntervisionSession, { body }),
    // Cached pages not on screen are refetched too, so the next page shows the saved state at once.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['intervision-sessions'], refetchType: 'all' }),
  });
}
