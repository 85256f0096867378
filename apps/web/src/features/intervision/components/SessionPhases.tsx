import { type IntervisionSession } from '@leerkring/domain';
import { Heading2, Heading3 } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import { clock } from '../session-clock';

/** All phases with their time box, time spent and counts, and who has which role. */
export function SessionPhases({ session }: { session: IntervisionSession }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="session-phases">
      <Heading2 id="session-phases">{t('sessions.phases')}</Heading2>
      <ol className="lk-phases">
        {session.phases.map((phase) => (
          <li key={phase.index} aria-current={session.currentPhase?.index === phase.index ? 'step' : undefined}>
            <strong>{phase.name[language]}</strong>{' '}
            {t('sessions.phaseSummary', {
              box: phase.timeboxMinutes,
              spent: clock(phase.timing.spentSeconds),
              mode: t(`sessions.modes.${phase.inputMode}`),
              inputs: phase.inputCount,
              notes: phase.noteCount,
            })}
            {session.currentPhase?.index === phase.index ? ` (${t('sessions.now')})` : ''}
          </li>
        ))}
      </ol>
      <Heading3 id="session-roles">{t('sessions.rolesHeading')}</Heading3>
      <ul>
        {session.roles.map((entry) => (
          <li key={entry.person.id}>
            {entry.person.name}: {entry.roles.map((role) => t(`sessions.roles.${role}`)).join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
