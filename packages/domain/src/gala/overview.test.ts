import { describe, expect, it } from 'vitest';
import { galaAlerts, galaDashboard, galaTaxonomySeed, plansInView, reviewsDue, type GalaPlan } from '../index.js';

const now = new Date('2025-04-10T08:00:00Z');
const region = { id: '00000000-0000-4000-8000-000000000001', name: 'Achterhoek' };
const aalten = { id: '00000000-0000-4000-8000-0000000000a1', name: 'Gemeente Aalten' };
const winterswijk = { id: '00000000-0000-4000-8000-0000000000a2', name: 'Gemeente Winterswijk' };
const network = { id: '00000000-0000-4000-8000-0000000000b1', name: 'Bouwteam Aalten' };

const plan = (id: string, overrides: Partial<GalaPlan>): GalaPlan => ({
  id,
  region,
  municipality: aalten,
  period: { startYear: 2023, endYear: 2026 },
  goals: [],
  chainApproaches: [],
  actions: [],
  budget: [],
  partners: [],
  milestones: [],
  progressNotes: [],
  revision: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...overrides,
});
const milestone = (id: string, dueDate: string) => ({
  id,
  code: null,
  title: id,
  dueDate,
  status: 'planned' as const,
  startedOn: null,
  doneOn: null,
});

const plans = [
  plan('plan-aalten', {
    goals: ['vital-ageing'],
    chainApproaches: [{ code: 'fall-prevention', status: 'running' }],
    budget: [
      { block: 'health-social-basis', year: 2024, plannedCents: 100, spentCents: 90, overspendReason: null },
      { block: 'health-social-basis', year: 2025, plannedCents: 200, spentCents: 0, overspendReason: null },
    ],
    milestones: [milestone('mid-term-review', '2025-04-30'), milestone('progress-report', '2024-12-31')],
  }),
  plan('plan-winterswijk', {
    municipality: winterswijk,
    period: { startYear: 2023, endYear: 2024 },
    budget: [{ block: 'health-social-basis', year: 2024, plannedCents: 50, spentCents: 50, overspendReason: null }],
  }),
];
const vouchers = [
  {
    id: 'voucher-soon',
    network,
    municipalityId: aalten.id,
    expertise: 'Positieve Gezondheid',
    status: 'in-progress' as const,
    expiresOn: '2025-04-20',
    hoursGranted: 16,
    hoursUsed: 6,
  },
  {
    id: 'voucher-later',
    network,
    municipalityId: aalten.id,
    expertise: 'Monitoring',
    status: 'granted' as const,
    expiresOn: '2025-12-31',
    hoursGranted: 8,
    hoursUsed: 0,
  },
  {
    id: 'voucher-asked',
    network,
    municipalityId: aalten.id,
    expertise: 'Bewoners',
    status: 'requested' as const,
    expiresOn: null,
    hoursGranted: null,
    hoursUsed: 0,
  },
];
const reviews = [
  { agreementId: 'a', versionId: 'v1', title: 'Terugbellen', context: network, reviewDate: '2025-04-01' },
  { agreementId: 'b', versionId: 'v2', title: 'Later', context: network, reviewDate: '2025-08-01' },
];

describe('the GALA dashboard of a region', () => {
  const dashboard = galaDashboard({
    region,
    plans,
    vouchers,
    reviews,
    taxonomy: galaTaxonomySeed(),
    query: {},
    now,
  });

  it('shows the matrix with a column per item of the lists, and the budget summed per block and year', () => {
    expect(dashboard.goals).toHaveLength(7);
    expect(dashboard.chainApproaches).toHaveLength(5);
    expect(dashboard.coverage[0]).toMatchObject({
      planId: 'plan-aalten',
      goals: { 'vital-ageing': true, 'healthy-lifestyle': false },
      chainApproaches: { 'fall-prevention': 'running', 'kansrijke-start': null },
    });
    expect(dashboard.budget).toEqual([
      { block: 'health-social-basis', year: 2024, plannedCents: 150, spentCents: 140 },
      { block: 'health-social-basis', year: 2025, plannedCents: 200, spentCents: 0 },
    ]);
  });

  it('lists what falls due within 30 days or is overdue, and the hours of granted vouchers', () => {
    expect(dashboard.asOf).toBe('2025-04-10');
    expect(dashboard.milestonesOverdue.map((due) => due.milestone.id)).toEqual(['progress-report']);
    expect(dashboard.milestonesDueSoon.map((due) => [due.milestone.id, due.daysLeft])).toEqual([
      ['mid-term-review', 20],
    ]);
    expect(dashboard.vouchersExpiring).toEqual([
      expect.objectContaining({ voucherId: 'voucher-soon', daysLeft: 10, expiresOn: '2025-04-20' }),
    ]);
    expect(dashboard.voucherHours).toEqual({ hoursGranted: 24, hoursUsed: 6, vouchers: 2 });
    expect(dashboard.reviewsDue.map((review) => [review.agreementId, review.daysLeft])).toEqual([['a', -9]]);
  });

  it('filters by municipality and year', () => {
    expect(plansInView({ plans, query: { municipalityId: winterswijk.id } }).map((p) => p.id)).toEqual([
      'plan-winterswijk',
    ]);
    expect(plansInView({ plans, query: { year: 2025 } }).map((p) => p.id)).toEqual(['plan-aalten']);
    const filtered = galaDashboard({
      region,
      plans,
      vouchers,
      reviews: [],
      taxonomy: galaTaxonomySeed(),
      query: { municipalityId: winterswijk.id, year: 2024 },
      now,
    });
    expect(filtered.budget).toEqual([{ block: 'health-social-basis', year: 2024, plannedCents: 50, spentCents: 50 }]);
    expect(filtered.vouchersExpiring).toEqual([]);
    expect(filtered.voucherHours.vouchers).toBe(0);
  });

  it('gives a review date in the past a negative number of days', () => {
    expect(reviewsDue({ reviews, now, withinDays: 200 }).map((review) => review.daysLeft)).toEqual([-9, 113]);
  });

  it('turns the dashboards into one list of alerts, most urgent first, each agreement once', () => {
    const alerts = galaAlerts({ dashboards: [dashboard, dashboard] });
    expect(alerts.filter((alert) => alert.kind === 'review-due')).toHaveLength(1);
    expect(galaAlerts({ dashboards: [dashboard] }).map((alert) => [alert.kind, alert.daysLeft])).toEqual([
      ['milestone-overdue', -100],
      ['review-due', -9],
      ['voucher-expiring', 10],
      ['milestone-due', 20],
    ]);
  });
});
