import { phaseTiming, type IntervisionSession } from '@leerkring/domain';
import { Heading3, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import { clock, useNow } from '../session-clock';

/** The current phase: its prompt, its input mode and the time spent against its time box, ticking. */
export function CurrentPhase({ session, fetchedAt }: { session: IntervisionSession; fetchedAt: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const phase = session.currentPhase;
  const now = useNow(phase !== null);
  if (session.status === 'planned') return <Paragraph>{t('sessions.notStarted')}</Paragraph>;
  if (session.status === 'ended' || phase === null) return <Paragraph>{t('sessions.ended')}</Paragraph>;
  // Time spent as the API counted it when fetched, ticking on since then with the domain's own timing rule.
  const timing = phaseTiming({
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
  const mode = phase.inputMode;
  return (
    <div className="lk-phase">
      <div role="status">
        <Heading3 id="phase-name">
          {t('sessions.phaseOf', { number: phase.index + 1, total: session.phases.length, name: phase.name[language] })}
        </Heading3>
      </div>
      <Paragraph appearance="lead">{phase.prompt[language]}</Paragraph>
      <dl className="lk-facts">
        <div>
          <dt>{t('sessions.timeSpent')}</dt>
          <dd>
            {t('sessions.timeOf', { spent: clock(timing.spentSeconds), box: clock(timing.timeboxSeconds) })}
            {timing.overtimeSeconds > 0 ? (
              <strong className="lk-overtime">
                {' '}
                {t('sessions.overtime', { time: clock(timing.overtimeSeconds) })}
              </strong>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('sessions.inputMode')}</dt>
          <dd>{t(`sessions.modes.${mode}`)}</dd>
        </div>
      </dl>
      <Paragraph>{t(`sessions.modeExplained.${mode}`)}</Paragraph>
      {mode === 'private-then-reveal' && phase.revealed ? <Paragraph>{t('sessions.revealedNote')}</Paragraph> : null}
      <Paragraph className="lk-hint">{t('sessions.timeboxNotEnforced')}</Paragraph>
    </div>
  );
}
