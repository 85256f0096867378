import { fillPath, getIntervisionSessionEvents, type SessionStatus } from '@leerkring/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiPrefix } from '../../lib/api-client';
import { sessionKeyRoot } from './api/session-queries';

const eventTypes = ['snapshot', 'progress', 'input', 'note', 'action'] as const;
export const pollingMilliseconds = 5_000;

/**
 * Follows a session live: every server-sent event (it carries counts and progress only) refreshes the session, its
 * inputs and notes with the caller's own rights. When the stream fails, it polls every 5 seconds instead.
 * An ended session is not followed.
 */
export function useSessionLive(sessionId: string, status: SessionStatus | undefined): 'live' | 'polling' | 'off' {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'live' | 'polling' | 'off'>('off');
  const follow = status !== undefined && status !== 'ended';

  useEffect(() => {
    if (!follow) {
      setMode('off');
      return;
    }
    const refresh = () => void queryClient.invalidateQueries({ queryKey: sessionKeyRoot(sessionId) });
    let poll: ReturnType<typeof setInterval> | undefined;
    const startPolling = () => {
      if (poll) return;
      setMode('polling');
      poll = setInterval(refresh, pollingMilliseconds);
    };
    let source: EventSource | undefined;
    if (typeof EventSource === 'undefined') {
      startPolling();
    } else {
      source = new EventSource(
        `${apiPrefix}${fillPath({ path: getIntervisionSessionEvents.path, params: { sessionId } })}`,
        { withCredentials: true },
      );
      source.addEventListener('open', () => setMode('live'));
      for (const type of eventTypes) source.addEventListener(type, refresh);
      source.addEventListener('error', () => {
        source?.close();
        startPolling();
      });
    }
    return () => {
      source?.close();
      if (poll) clearInterval(poll);
    };
  }, [follow, sessionId, queryClient]);

  return mode;
}
