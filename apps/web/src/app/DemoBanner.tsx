import { Alert } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthQueryOptions } from '../lib/queries/health';

/** On every page, sign-in included, while the API runs in demo mode: fictional data and published passwords. */
export function DemoBanner() {
  const { t } = useTranslation();
  const demo = useQuery(healthQueryOptions()).data?.demo === true;
  if (!demo) return null;
  return (
    <aside aria-label={t('demo.label')} className="lk-demo-banner">
      <Alert type="warning" role="note">
        <strong>{t('demo.title')}</strong> {t('demo.text')}
      </Alert>
    </aside>
  );
}
