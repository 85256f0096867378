import { z } from 'zod';
import { CalendarDateSchema, IdSchema, ReferenceSchema } from '../common/schema.js';

/** Spreadsheet import and export, the calendar and the e-mail digest of a region's GALA plans. */

export const GalaRegionParamsSchema = z.strictObject({ regionId: IdSchema });

export const galaCsvTopics = ['budget', 'milestones', 'actions', 'dashboard-budget', 'dashboard-alerts'] as const;
export const GalaCsvTopicSchema = z.enum(galaCsvTopics).meta({ id: 'GalaCsvTopic' });
export type GalaCsvTopic = z.infer<typeof GalaCsvTopicSchema>;

export const GalaCsvQuerySchema = z.strictObject({
  topic: GalaCsvTopicSchema.meta({
    description:
      'Which sheet of the XLSX export: the template sheets `budget`, `milestones`, `actions`, or the dashboard figures ' +
      '`dashboard-budget` (planned against spent per block and year) and `dashboard-alerts` (milestones and vouchers).',
  }),
});

export const GalaImportErrorSchema = z
  .object({
    sheet: z.string().meta({ description: 'The sheet, as named in the template (Begroting, Mijlpalen, Acties).' }),
    row: z.int().nullable().meta({ description: 'The row number as the spreadsheet shows it; null for the file.' }),
    column: z.string().nullable().meta({ description: 'The column header, or null for the whole row.' }),
    code: z.string(),
    message: z.string().meta({ description: 'Why, in Dutch.' }),
  })
  .meta({ id: 'GalaImportError', description: 'One thing wrong in an imported file: where and why.' });

export const galaImportChanges = ['create', 'replace'] as const;

export const GalaImportPlanSchema = z
  .object({
    planId: IdSchema.nullable().meta({
      description: 'The plan replaced or created; null for a new plan in a preview.',
    }),
    municipality: ReferenceSchema.nullable().meta({ description: 'Null for the plan of the region as a whole.' }),
    change: z.enum(galaImportChanges).meta({
      description:
        '`create`: a new plan; `replace`: the budget, milestones and actions of an existing plan are replaced.',
    }),
    budgetLines: z.int().min(0),
    milestones: z.int().min(0),
    actions: z.int().min(0),
  })
  .meta({ id: 'GalaImportPlan', description: 'What an import does to one plan.' });

export const GalaImportReportSchema = z
  .object({
    rows: z.int().min(0).meta({ description: 'The valid rows read (headers, empty and wrong rows not counted).' }),
    errors: z.array(GalaImportErrorSchema).meta({ description: 'Every wrong row and cell; empty when all is valid.' }),
    plans: z.array(GalaImportPlanSchema).meta({ description: 'What would be (or was) created and changed.' }),
  })
  .meta({ id: 'GalaImportReport', description: 'The outcome of reading an imported file: errors, or the changes.' });
export type GalaImportReport = z.infer<typeof GalaImportReportSchema>;

export const GalaDigestSubscriptionSchema = z
  .object({
    subscribed: z.boolean().meta({ description: 'Whether the daily e-mail with the GALA alerts is sent.' }),
    lastSentOn: CalendarDateSchema.nullable().meta({ description: 'The day the last digest was sent.' }),
    mailEnabled: z.boolean().meta({ description: 'Whether this server sends mail at all (SMTP configured).' }),
  })
  .meta({ id: 'GalaDigestSubscription', description: "The caller's choice for the daily GALA e-mail digest." });
export type GalaDigestSubscription = z.infer<typeof GalaDigestSubscriptionSchema>;

export const GalaDigestSubscriptionUpdateSchema = z
  .strictObject({ subscribed: z.boolean() })
  .meta({ id: 'GalaDigestSubscriptionUpdate', description: 'Opt in to (or out of) the daily GALA e-mail digest.' });
