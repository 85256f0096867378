import { z } from 'zod';
import { AgreementContextSchema, AgreementVersionStatusSchema } from '../agreement/schema.js';
import { CalendarDateSchema, IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { ActionStatusSchema } from '../intervision-session/schema.js';
import { SessionRoleSchema, SessionStatusSchema } from '../intervision/schema.js';
import { LabelSchema } from '../vocabulary/label.js';

/** How many items of each kind the work list shows at most: a start page, not an archive. */
export const workListLimit = 10;
/** How far ahead a version in force counts as due for review on the work list, in days. */
export const workReviewDueDays = 30;

export const WorkSessionSchema = z
  .object({
    id: IdSchema,
    buildingTeam: ReferenceSchema,
    method: z.object({ id: IdSchema, code: z.string(), name: LabelSchema }),
    plannedDate: CalendarDateSchema,
    status: SessionStatusSchema.exclude(['ended']),
    myRoles: z.array(SessionRoleSchema).meta({ description: "The caller's roles in the session; empty: not invited." }),
  })
  .meta({ id: 'WorkSession', description: 'A session of one of my bouwteams that is running or still to come.' });
export type WorkSession = z.infer<typeof WorkSessionSchema>;

export const WorkActionSchema = z
  .object({
    id: IdSchema,
    sessionId: IdSchema,
    buildingTeam: ReferenceSchema,
    what: z.string(),
    owner: ReferenceSchema,
    mine: z.boolean().meta({ description: 'True when I own it; false when a colleague of my organisation does.' }),
    dueDate: CalendarDateSchema,
    status: ActionStatusSchema.exclude(['done']),
  })
  .meta({ id: 'WorkAction', description: 'An open intervision action owned by me or by my organisation.' });
export type WorkAction = z.infer<typeof WorkActionSchema>;

const WorkVersionSchema = z.object({
  id: IdSchema,
  number: z.string(),
  status: AgreementVersionStatusSchema,
});

export const WorkAgreementItemSchema = z
  .object({
    agreement: ReferenceSchema,
    context: AgreementContextSchema,
    version: WorkVersionSchema,
    since: TimestampSchema.meta({
      description: 'When the version last changed (for a proposal: when it was proposed).',
    }),
    reviewDate: CalendarDateSchema.optional().meta({
      description: 'For a version in force: when it is to be reviewed; absent otherwise.',
    }),
    consentDeadline: CalendarDateSchema.optional().meta({
      description: 'For a proposal with a deadline: the day by which the stance is asked; absent otherwise.',
    }),
  })
  .meta({ id: 'WorkAgreementItem', description: 'A version of an agreement that waits for me or my organisation.' });
export type WorkAgreementItem = z.infer<typeof WorkAgreementItemSchema>;

export const WorkListSchema = z
  .object({
    sessions: z.array(WorkSessionSchema).meta({ description: 'Running and coming sessions, the first first.' }),
    actions: z
      .array(WorkActionSchema)
      .meta({ description: 'Open actions of mine or my organisation, the first due first.' }),
    consentsOwed: z.array(WorkAgreementItemSchema).meta({
      description: 'Proposals on which my organisation, a partner, has not yet given its stance in the current round.',
    }),
    reviewsDue: z.array(WorkAgreementItemSchema).meta({
      description: `Versions in force due for review within ${workReviewDueDays} days, or overdue.`,
    }),
    drafts: z.array(WorkAgreementItemSchema).meta({ description: 'Concepts I may edit, the last changed first.' }),
  })
  .meta({
    id: 'WorkList',
    description: `What waits for the caller ("Voor jou"), scoped like every list; at most ${workListLimit} of each kind.`,
  });
export type WorkList = z.infer<typeof WorkListSchema>;
