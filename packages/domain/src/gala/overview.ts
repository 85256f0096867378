import { addDays, calendarDateAt, daysBetween } from '../common/calendar.js';
import type { Reference } from '../common/schema.js';
import { dashboardHorizonDays, voucherHours, vouchersExpiringSoon } from '../voucher/dashboard.js';
import { effectiveVoucherStatus } from '../voucher/rules.js';
import type { StoredVoucherStatus } from '../voucher/schema.js';
import { budgetTotals, coverageMatrix, milestonesDue } from './dashboard.js';
import type { GalaAlert, GalaAlertList, GalaDashboard, GalaDashboardQuery } from './dashboard-schema.js';
import type { GalaPlan } from './schema.js';
import type { GalaTaxonomyItem } from './taxonomy.js';

/** What the dashboard needs of a voucher; `municipalityId` is that of the network's municipality. */
export interface DashboardVoucher {
  readonly id: string;
  readonly network: Reference;
  readonly municipalityId: string | null;
  readonly expertise: string;
  /** As stored: the dashboard computes whether it has expired. */
  readonly status: StoredVoucherStatus;
  readonly expiresOn: string | null;
  readonly hoursGranted: number | null;
  readonly hoursUsed: number;
}

/** An agreement's version in force with its review date. */
export interface DashboardReview {
  readonly agreementId: string;
  readonly versionId: string;
  readonly title: string;
  readonly context: Reference;
  readonly reviewDate: string;
}

/** The plans the filters keep: of the municipality (when given), with a period covering the year (when given). */
export function plansInView<P extends Pick<GalaPlan, 'municipality' | 'period'>>({
  plans,
  query,
}: {
  plans: readonly P[];
  query: GalaDashboardQuery;
}): P[] {
  return plans.filter(
    (plan) =>
      (query.municipalityId === undefined || plan.municipality?.id === query.municipalityId) &&
      (query.year === undefined || (plan.period.startYear <= query.year && query.year <= plan.period.endYear)),
  );
}

/** Agreements due for review within the horizon or overdue, soonest first. */
export function reviewsDue({
  reviews,
  now,
  withinDays = dashboardHorizonDays,
}: {
  reviews: readonly DashboardReview[];
  now: Date;
  withinDays?: number;
}): (DashboardReview & { daysLeft: number })[] {
  const today = calendarDateAt(now);
  const horizon = addDays({ date: today, days: withinDays });
  return reviews
    .filter((review) => review.reviewDate <= horizon)
    .map((review) => ({ ...review, daysLeft: daysBetween({ from: today, to: review.reviewDate }) }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/**
 * The coordinator's dashboard of one region from its stored plans, vouchers and agreements: the goal and chain
 * approach matrix, the budget per block and year, the milestones overdue and due, the vouchers expiring and the hours.
 */
export function galaDashboard({
  region,
  plans,
  vouchers,
  reviews,
  taxonomy,
  query,
  now,
}: {
  region: Reference;
  plans: readonly GalaPlan[];
  vouchers: readonly DashboardVoucher[];
  reviews: readonly DashboardReview[];
  taxonomy: readonly GalaTaxonomyItem[];
  query: GalaDashboardQuery;
  now: Date;
}): GalaDashboard {
  const shown = plansInView({ plans, query });
  const used = (kind: GalaTaxonomyItem['kind'], codes: Set<string>) =>
    taxonomy.filter((item) => item.kind === kind && (item.retiredAt === null || codes.has(item.code)));
  const goals = used('goal', new Set(shown.flatMap((plan) => plan.goals)));
  const chainApproaches = used(
    'chain-approach',
    new Set(shown.flatMap((plan) => plan.chainApproaches.map((entry) => entry.code))),
  );
  const budgetBlocks = used('budget-block', new Set(shown.flatMap((plan) => plan.budget.map((line) => line.block))));
  const { overdue, dueSoon } = milestonesDue({ plans: shown, now });
  const ownVouchers = vouchers.filter(
    (voucher) => query.municipalityId === undefined || voucher.municipalityId === query.municipalityId,
  );
  return {
    region,
    asOf: calendarDateAt(now),
    municipalityId: query.municipalityId ?? null,
    year: query.year ?? null,
    goals,
    chainApproaches,
    budgetBlocks,
    coverage: coverageMatrix({
      plans: shown,
      goals: goals.map((item) => item.code),
      chainApproaches: chainApproaches.map((item) => item.code),
    }),
    budget: budgetTotals({
      plans: shown,
      blocks: budgetBlocks.map((item) => item.code),
      ...(query.year === undefined ? {} : { year: query.year }),
    }),
    milestonesOverdue: overdue,
    milestonesDueSoon: dueSoon,
    vouchersExpiring: vouchersExpiringSoon({ vouchers: ownVouchers, now }).map(({ voucher, daysLeft }) => ({
      voucherId: voucher.id,
      network: voucher.network,
      expertise: voucher.expertise,
      status: effectiveVoucherStatus({ voucher, now }),
      expiresOn: voucher.expiresOn!,
      daysLeft,
    })),
    voucherHours: voucherHours({ vouchers: ownVouchers }),
    reviewsDue: reviewsDue({ reviews, now }),
  };
}

/** The alerts of the start page: the dashboards' due items of every region, as one list, most urgent first. */
export function galaAlerts({ dashboards }: { dashboards: readonly GalaDashboard[] }): GalaAlertList['items'] {
  const none = { planId: null, voucherId: null, agreementId: null };
  // An agreement of a learning group shows on the dashboard of every region of the group; alert it once.
  const reviewed = new Set<string>();
  const alerts: GalaAlert[] = dashboards.flatMap((dashboard) => [
    ...[...dashboard.milestonesOverdue, ...dashboard.milestonesDueSoon].map((due) => ({
      ...none,
      kind: due.daysLeft < 0 ? ('milestone-overdue' as const) : ('milestone-due' as const),
      region: dashboard.region,
      municipality: due.municipality,
      title: due.milestone.title,
      date: due.milestone.dueDate,
      daysLeft: due.daysLeft,
      planId: due.planId,
    })),
    ...dashboard.vouchersExpiring.map((expiring) => ({
      ...none,
      kind: 'voucher-expiring' as const,
      region: dashboard.region,
      municipality: null,
      title: `${expiring.expertise} (${expiring.network.name})`,
      date: expiring.expiresOn,
      daysLeft: expiring.daysLeft,
      voucherId: expiring.voucherId,
    })),
    ...dashboard.reviewsDue
      .filter((review) => !reviewed.has(review.versionId) && reviewed.add(review.versionId))
      .map((review) => ({
        ...none,
        kind: 'review-due' as const,
        region: dashboard.region,
        municipality: null,
        title: review.title,
        date: review.reviewDate,
        daysLeft: review.daysLeft,
        agreementId: review.agreementId,
      })),
  ]);
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft || a.title.localeCompare(b.title));
}
