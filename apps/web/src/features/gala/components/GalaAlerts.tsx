import type { GalaAlert } from '@leerkring/domain';
import { Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { useMe } from '../../../lib/auth/use-session';
import { useLanguage } from '../../../lib/use-language';
import { galaAlertsQueryOptions } from '../api/gala-queries';
import { coordinatorRegions } from '../../../lib/auth/coordinator-regions';
import { planPath, voucherPath } from '../paths';
import { DaysLeft } from './DaysLeft';

function linkOf(alert: GalaAlert): string | null {
  if (alert.planId) return planPath(alert.planId);
  if (alert.voucherId) return voucherPath(alert.voucherId);
  if (alert.agreementId) return `/afspraken/${alert.agreementId}`;
  return null;
}

/**
 * The start page's list for a coordinator: milestones overdue and due within 30 days, vouchers expiring and
 * agreements due for review in their regions, most urgent first. Nothing for anyone who coordinates no region.
 */
export function GalaAlerts() {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const coordinates = coordinatorRegions(useMe()).length > 0;
  const query = useQuery({ ...galaAlertsQueryOptions(), enabled: coordinates });
  if (!coordinates || query.isError) return null;
  return (
    <section aria-labelledby="gala-alerts">
      <Heading2 id="gala-alerts">{t('galaAlerts.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('galaAlerts.loading')} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('galaAlerts.none')}</Paragraph>
      ) : (
        <UnorderedList aria-label={t('galaAlerts.heading')}>
          {query.data.items.map((alert, index) => {
            const to = linkOf(alert);
            const what = t(`galaAlerts.kind.${alert.kind}`, { title: alert.title });
            return (
              <UnorderedListItem key={`${alert.kind}-${alert.planId ?? alert.voucherId ?? alert.agreementId}-${index}`}>
                {to ? <TextLink to={to}>{what}</TextLink> : what}
                {' — '}
                {[alert.municipality?.name, alert.region.name].filter(Boolean).join(', ')}:{' '}
                <time dateTime={alert.date}>{formatDate(alert.date)}</time>, <DaysLeft days={alert.daysLeft} />
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      )}
    </section>
  );
}
