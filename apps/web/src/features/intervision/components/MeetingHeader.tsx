import { writingProgress, type IntervisionSession, type SessionProgress } from '@leerkring/domain';
import { Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import { clock } from '../session-clock';
import { usePhaseTiming } from '../use-phase-timing';
import { FacilitatorControls } from './FacilitatorControls';
import './meeting.css';

/**
 * What leads the meeting screen and stays at the top while scrolling: the phase, a big timer with its progress, how
 * many have written in a private phase, the case under discussion and the facilitator's controls. Only the phase
 * name is announced (on a change); the timer ticks silently.
 */
export function MeetingHeader({
  session,
  fetchedAt,
  progress,
  isFacilitator,
}: {
  session: IntervisionSession;
  fetchedAt: number;
  progress: SessionProgress;
  isFacilitator: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const phase = session.currentPhase;
  const timing = usePhaseTiming(session, fetchedAt);
  const status =
    session.status === 'planned'
      ? t('sessions.notStarted')
      : session.status === 'ended' || phase === null
        ? t('sessions.ended')
        : t('sessions.phaseOf', { number: phase.index + 1, total: session.phases.length, name: phase.name[language] });
  const writing =
    phase && phase.inputMode === 'private-then-reveal' && !phase.revealed
      ? writingProgress({
          inputMode: phase.inputMode,
          roles: session.roles,
          writerCount: session.phases[phase.index]?.writerCount ?? 0,
        })
      : null;
  return (
    <section className="lk-meeting-header" aria-labelledby="current-phase">
      <div role="status">
        <h2 id="current-phase" className="utrecht-heading-2 lk-meeting-phase">
          {status}
        </h2>
      </div>
      {timing && session.status === 'running' ? (
        <div className="lk-timer">
          <p role="timer" aria-label={t('sessions.timeSpent')} className="lk-timer-clock">
            {t('sessions.timeOf', { spent: clock(timing.spentSeconds), box: clock(timing.timeboxSeconds) })}
          </p>
          <progress
            className="lk-timer-bar"
            aria-label={t('sessions.timeProgress')}
            max={Math.max(timing.timeboxSeconds, 1)}
            value={Math.min(timing.spentSeconds, timing.timeboxSeconds)}
          />
          {timing.overtimeSeconds > 0 ? (
            <strong className="lk-overtime">{t('sessions.overtime', { time: clock(timing.overtimeSeconds) })}</strong>
          ) : null}
        </div>
      ) : null}
      {writing ? <Paragraph className="lk-writing">{t('sessions.writtenOf', writing)}</Paragraph> : null}
      {!session.textsWithheld && session.buildingTeam && session.cases.length > 0 ? (
        <Paragraph className="lk-meeting-case">
          {t('sessions.caseUnderDiscussion', { count: session.cases.length })}{' '}
          {session.cases.map((found, index) => (
            <span key={found.id}>
              {index > 0 ? ', ' : null}
              <TextLink to={`/bouwteams/${session.context.id}/casussen/${found.id}`}>{found.name}</TextLink>
            </span>
          ))}
        </Paragraph>
      ) : null}
      {isFacilitator ? <FacilitatorControls session={session} progress={progress} /> : null}
    </section>
  );
}
