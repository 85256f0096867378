import { applySessionCommand, type IntervisionSession, type SessionProgress } from '@leerkring/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCanIn } from '../../lib/auth/use-context-permission';
import { useLanguage } from '../../lib/use-language';
import { intervisionSessionQueryOptions } from './api/session-queries';
import { useSessionLive } from './use-session-live';

/** The session's progress as the domain's rules read it (the visits are not needed by the rules used here). */
export function progressOf(session: IntervisionSession): SessionProgress {
  return {
    status: session.status,
    currentPhase: session.currentPhase?.index ?? null,
    visits: [],
    revealedPhases: session.phases.filter((phase) => phase.revealed).map((phase) => phase.index),
  };
}

/** The session page's state: the session, followed live, and the page title. */
export function useSessionPage(sessionId: string) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const query = useQuery(intervisionSessionQueryOptions(sessionId));
  const live = useSessionLive(sessionId, query.data?.status);
  const title = query.data
    ? t('session.title', { method: query.data.method.name[language], date: formatDate(query.data.plannedDate) })
    : t('sessions.runnerTitle');
  return { query, live, title };
}

/** What the runner shows of a loaded session for the caller: its progress, and whether they lead it or record lessons. */
export function useSessionRunner(session: IntervisionSession) {
  // Lessons of a bouwteam session are recorded in the bouwteam; a learning group records its lessons on its own page.
  const mayWriteLessons = useCanIn('lesson:write', session.context) && session.context.type === 'building-team';
  const progress = progressOf(session);
  // The domain's phase machine refuses everyone but the session's facilitator first: that decides the facilitator view.
  const asFacilitator = applySessionCommand({
    progress,
    command: 'end',
    roles: session.myRoles,
    phases: session.phases,
    now: new Date().toISOString(),
  });
  const isFacilitator = asFacilitator.ok || asFacilitator.reason !== 'only-facilitator';
  const mayRecordActions =
    session.status !== 'planned' && (session.myRoles.includes('facilitator') || session.myRoles.includes('note-taker'));
  return { progress, isFacilitator, mayWriteLessons, mayRecordActions };
}
