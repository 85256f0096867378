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

type DueMilestone = GalaDashboard['milestonesOverdue'][number];

function MilestoneTable({ caption, items }: { caption: string; items: readonly DueMilestone[] }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  return (
    <Table caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('gala.milestones.title')}</TableHeaderCell>
          <TableHeaderCell>{t('gala.dashboard.municipality')}</TableHeaderCell>
          <TableHeaderCell>{t('gala.milestones.dueDate')}</TableHeaderCell>
          <TableHeaderCell>{t('gala.milestones.when')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.milestone.id}>
            <TableHeaderCell scope="row">
              <TextLink to={planPath(item.planId)}>{item.milestone.title}</TextLink>
            </TableHeaderCell>
            <TableCell>{item.municipality?.name ?? t('gala.wholeRegion')}</TableCell>
            <TableCell>
              <time dateTime={item.milestone.dueDate}>{formatDate(item.milestone.dueDate)}</time>
            </TableCell>
            <TableCell>
              <DaysLeft days={item.daysLeft} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
      {overdue.length > 0 ? <MilestoneTable caption={t('gala.milestones.overdueCaption')} items={overdue} /> : null}
      {soon.length > 0 ? <MilestoneTable caption={t('gala.milestones.soonCaption')} items={soon} /> : null}
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
