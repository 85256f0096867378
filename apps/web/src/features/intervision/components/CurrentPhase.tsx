import { type IntervisionSession } from '@leerkring/domain';
import { Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';

/** The current phase's prompt and who may post in it; its name and timer stand in the meeting header. */
export function CurrentPhase({ session }: { session: IntervisionSession }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const phase = session.currentPhase;
  if (session.status !== 'running' || phase === null) return null;
  const mode = phase.inputMode;
  return (
    <div className="lk-phase">
      <Paragraph appearance="lead">{phase.prompt[language]}</Paragraph>
      <dl className="lk-facts">
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
