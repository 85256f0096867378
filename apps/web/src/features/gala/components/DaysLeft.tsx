import { useTranslation } from 'react-i18next';

/** How far off a date is, in words: "over 5 dagen", "vandaag", and, emphasised, "3 dagen te laat". */
export function DaysLeft({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days < 0) return <strong>{t('gala.days.overdue', { count: -days })}</strong>;
  if (days === 0) return <>{t('gala.days.today')}</>;
  return <>{t('gala.days.left', { count: days })}</>;
}
