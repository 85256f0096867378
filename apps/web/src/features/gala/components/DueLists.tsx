import type { GalaDashboard } from '@leerkring/domain';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import { planPath, reviewPath, voucherPath } from '../paths';
import { DaysLeft } from './DaysLeft';
import { MilestoneTable } from './MilestoneTable';

type DueMilestone = GalaDashboard['milestonesOverdue'][number];

function DueMilestoneTable({ caption, items }: { caption: string; items: readonly DueMilestone[] }) {
  const { t } = useTranslation();
  return (
    <MilestoneTable
      caption={caption}
      stateHeader={t('gala.milestones.when')}
      rows={items.map((item) => ({
        id: item.milestone.id,
        title: item.milestone.title,
        dueDate: item.milestone.dueDate,
        to: planPath(item.planId),
        municipality: item.municipality?.name ?? t('gala.wholeRegion'),
        state: <DaysLeft days={item.daysLeft} />,
      }))}
    />
  );
}

/** Milestones overdue and due within 30 days. */
export function DueMilestones({ dashboard }: { dashboard: GalaDashboard }) {
  const { t } = useTranslation();
  const { milestonesOverdue: overdue, milestonesDueSoon: soon } = dashboard;
  return (
    <section aria-labelledby="gala-milestones">
      <Heading2 id="gala-milestones">{t('gala.milestones.heading')}</Heading2>
      {overdue.length === 0 && soon.length === 0 ? <Paragraph>{t('gala.milestones.none')}</Paragraph> : null}
      {overdue.length > 0 ? <DueMilestoneTable caption={t('gala.milestones.overdueCaption')} items={overdue} /> : null}
      {soon.length > 0 ? <DueMilestoneTable caption={t('gala.milestones.soonCaption')} items={soon} /> : null}
    </section>
  );
}

/** Vouchers expiring within 30 days, and the hours used against granted. */
export function VoucherSummary({ dashboard }: { dashboard: GalaDashboard }) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useLanguage();
  const { vouchersExpiring: expiring, voucherHours: hours } = dashboard;
  return (
    <section aria-labelledby="gala-vouchers">
      <Heading2 id="gala-vouchers">{t('gala.vouchers.heading')}</Heading2>
      <Paragraph>
        {t('gala.vouchers.hours', {
          used: formatNumber(hours.hoursUsed),
          granted: formatNumber(hours.hoursGranted),
          count: hours.vouchers,
        })}
      </Paragraph>
      {expiring.length === 0 ? (
        <Paragraph>{t('gala.vouchers.noneExpiring')}</Paragraph>
      ) : (
        <Table caption={t('gala.vouchers.expiringCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('gala.vouchers.expertise')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.vouchers.network')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.vouchers.status')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.vouchers.expiresOn')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.milestones.when')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {expiring.map((voucher) => (
              <TableRow key={voucher.voucherId}>
                <TableHeaderCell scope="row">
                  <TextLink to={voucherPath(voucher.voucherId)}>{voucher.expertise}</TextLink>
                </TableHeaderCell>
                <TableCell>{voucher.network.name}</TableCell>
                <TableCell>{t(`gala.voucherStatus.${voucher.status}`)}</TableCell>
                <TableCell>
                  <time dateTime={voucher.expiresOn}>{formatDate(voucher.expiresOn)}</time>
                </TableCell>
                <TableCell>
                  <DaysLeft days={voucher.daysLeft} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/** Agreements whose version in force is due for review. */
export function ReviewsDue({ dashboard }: { dashboard: GalaDashboard }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  return (
    <section aria-labelledby="gala-reviews">
      <Heading2 id="gala-reviews">{t('gala.reviews.heading')}</Heading2>
      {dashboard.reviewsDue.length === 0 ? (
        <Paragraph>{t('gala.reviews.none')}</Paragraph>
      ) : (
        <UnorderedList>
          {dashboard.reviewsDue.map((review) => (
            <UnorderedListItem key={review.versionId}>
              <TextLink to={reviewPath(review.agreementId, review.versionId)}>{review.title}</TextLink> (
              {review.context.name}): <time dateTime={review.reviewDate}>{formatDate(review.reviewDate)}</time>,{' '}
              <DaysLeft days={review.daysLeft} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
