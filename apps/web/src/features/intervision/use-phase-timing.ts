import { phaseTiming, type IntervisionSession } from '@leerkring/domain';
import { useNow } from './session-clock';

/** The current phase's timing as the API counted it when fetched, ticking on since then by the domain's own rule. */
export function usePhaseTiming(session: IntervisionSession, fetchedAt: number) {
  const phase = session.currentPhase;
  const now = useNow(phase !== null && session.status === 'running');
  if (phase === null) return null;
  return phaseTiming({
    progress: {
      status: 'running',
      currentPhase: phase.index,
      visits: [
        {
          phase: phase.index,
          enteredAt: new Date(fetchedAt - phase.timing.spentSeconds * 1000).toISOString(),
          leftAt: null,
        },
      ],
      revealedPhases: [],
    },
    phases: session.phases,
    phase: phase.index,
    now: new Date(Math.max(now, fetchedAt)).toISOString(),
  });
}
