import { z } from 'zod';
import { CalendarDateSchema, IdSchema, ReferenceSchema } from '../common/schema.js';
import { VoucherStatusSchema } from '../voucher/schema.js';
import { ChainApproachStatusSchema, GalaMilestoneSchema } from './schema.js';
import { GalaTaxonomyItemSchema } from './taxonomy.js';

/** The coordinator's dashboard of one region, and the alerts of the start page: computed, never stored. */

export const GalaDashboardParamsSchema = z.strictObject({ regionId: IdSchema });
export const GalaDashboardQuerySchema = z.strictObject({
  municipalityId: IdSchema.optional().meta({ description: 'Only the plans of this municipality.' }),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .meta({ description: 'Only plans whose period covers this year, and only its budget.' }),
});
export type GalaDashboardQuery = z.infer<typeof GalaDashboardQuerySchema>;

export const GalaAlertsQuerySchema = z.strictObject({
  regionId: IdSchema.optional().meta({ description: 'Only the alerts of this region.' }),
});

const DaysLeft = z.int().meta({ description: 'Days from today (in the Netherlands): negative when overdue.' });

export const GalaCoverageRowSchema = z
  .object({
    planId: IdSchema,
    municipality: ReferenceSchema.nullable().meta({ description: 'Null for the plan of the region as a whole.' }),
    goals: z.record(z.string(), z.boolean()).meta({ description: 'Per goal code: whether the plan works on it.' }),
    chainApproaches: z.record(z.string(), ChainApproachStatusSchema.nullable()).meta({
      description: 'Per chain approach code: its status in the plan, or null when the plan does not name it.',
    }),
  })
  .meta({ id: 'GalaCoverageRow', description: 'One row of the matrix of goals and chain approaches.' });

export const GalaBudgetTotalSchema = z
  .object({ block: z.string(), year: z.int(), plannedCents: z.int().min(0), spentCents: z.int().min(0) })
  .meta({ id: 'GalaBudgetTotal', description: 'Planned against spent on one SPUK block in one year, in euro cents.' });

export const GalaDueMilestoneSchema = z
  .object({
    planId: IdSchema,
    municipality: ReferenceSchema.nullable(),
    milestone: GalaMilestoneSchema,
    daysLeft: DaysLeft,
  })
  .meta({ id: 'GalaDueMilestone', description: 'A milestone not done yet, due soon or overdue.' });

export const GalaExpiringVoucherSchema = z
  .object({
    voucherId: IdSchema,
    network: ReferenceSchema,
    expertise: z.string(),
    status: VoucherStatusSchema,
    expiresOn: CalendarDateSchema,
    daysLeft: DaysLeft,
  })
  .meta({ id: 'GalaExpiringVoucher', description: 'A granted or running knowledge voucher that expires soon.' });

export const GalaReviewDueSchema = z
  .object({
    agreementId: IdSchema,
    versionId: IdSchema,
    title: z.string(),
    context: ReferenceSchema.meta({ description: 'The bouwteam or learning group the agreement belongs to.' }),
    reviewDate: CalendarDateSchema,
    daysLeft: DaysLeft,
  })
  .meta({ id: 'GalaReviewDue', description: 'An agreement whose version in force is due for review (or overdue).' });

export const GalaDashboardSchema = z
  .object({
    region: ReferenceSchema,
    asOf: CalendarDateSchema.meta({ description: 'Today in the Netherlands: what "due" and "expires" count from.' }),
    municipalityId: IdSchema.nullable(),
    year: z.int().nullable(),
    goals: z.array(GalaTaxonomyItemSchema).meta({ description: 'The columns of the goal matrix.' }),
    chainApproaches: z.array(GalaTaxonomyItemSchema).meta({ description: 'The columns of the chain approach matrix.' }),
    budgetBlocks: z.array(GalaTaxonomyItemSchema),
    coverage: z.array(GalaCoverageRowSchema),
    budget: z.array(GalaBudgetTotalSchema),
    milestonesOverdue: z.array(GalaDueMilestoneSchema).meta({ description: 'Most overdue first.' }),
    milestonesDueSoon: z.array(GalaDueMilestoneSchema).meta({ description: 'Due within 30 days, soonest first.' }),
    vouchersExpiring: z.array(GalaExpiringVoucherSchema).meta({ description: 'Expiring within 30 days.' }),
    voucherHours: z
      .object({ hoursGranted: z.number(), hoursUsed: z.number(), vouchers: z.int() })
      .meta({ description: 'Hours used against granted, over the vouchers that were granted.' }),
    reviewsDue: z.array(GalaReviewDueSchema).meta({ description: 'Agreements due for review within 30 days.' }),
  })
  .meta({
    id: 'GalaDashboard',
    description: "A region's GALA plans and knowledge vouchers at a glance, for its coordinator.",
  });
export type GalaDashboard = z.infer<typeof GalaDashboardSchema>;

export const galaAlertKinds = ['milestone-overdue', 'milestone-due', 'voucher-expiring', 'review-due'] as const;
export const GalaAlertKindSchema = z.enum(galaAlertKinds).meta({ id: 'GalaAlertKind' });

export const GalaAlertSchema = z
  .object({
    kind: GalaAlertKindSchema,
    region: ReferenceSchema,
    municipality: ReferenceSchema.nullable().meta({ description: 'For a milestone: the plan’s municipality.' }),
    title: z.string().meta({ description: 'The milestone, the expertise of the voucher, or the agreement.' }),
    date: CalendarDateSchema.meta({ description: 'The due, expiry or review date.' }),
    daysLeft: DaysLeft,
    planId: IdSchema.nullable(),
    voucherId: IdSchema.nullable(),
    agreementId: IdSchema.nullable(),
  })
  .meta({ id: 'GalaAlert', description: 'Something of a region that needs attention soon.' });
export type GalaAlert = z.infer<typeof GalaAlertSchema>;

export const GalaAlertListSchema = z
  .object({ asOf: CalendarDateSchema, items: z.array(GalaAlertSchema).meta({ description: 'Most urgent first.' }) })
  .meta({ id: 'GalaAlertList', description: "The alerts of the caller's regions, for the start page." });
export type GalaAlertList = z.infer<typeof GalaAlertListSchema>;
