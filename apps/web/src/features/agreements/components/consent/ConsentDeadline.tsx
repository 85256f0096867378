import { calendarDateAt, consentDeadlineState } from '@leerkring/domain';
import { Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../lib/use-language';

/** The round's deadline in the summary card: "nog 5 dagen", "vandaag" or "verlopen". */
export function ConsentDeadline({ deadline }: { deadline: string | null | undefined }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  if (!deadline) return null;
  const date = formatDate(deadline);
  const state = consentDeadlineState({ deadline, today: calendarDateAt(new Date()) });
  return (
    <Paragraph data-testid="consent-deadline" className={state.state === 'passed' ? 'lk-overtime' : undefined}>
      <strong>
        {state.state === 'open'
          ? t('consent.deadline.open', { date, count: state.daysLeft })
          : t(`consent.deadline.${state.state}`, { date })}
      </strong>
    </Paragraph>
  );
}
