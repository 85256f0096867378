import { z } from 'zod';
import { CalendarDateSchema, IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { LabelSchema } from '../vocabulary/label.js';
import { GalaTaxonomyCodeSchema } from './taxonomy.js';

/** The years the broad SPUK runs: a plan's period lies inside them. */
export const galaPeriodBounds = { startYear: 2023, endYear: 2026 } as const;

export const chainApproachStatuses = ['not-started', 'preparing', 'running', 'embedded'] as const;
export const ChainApproachStatusSchema = z
  .enum(chainApproachStatuses)
  .meta({ id: 'GalaChainApproachStatus', description: 'How far a chain approach is: not started to embedded.' });
export type ChainApproachStatus = z.infer<typeof ChainApproachStatusSchema>;

export const galaActionStatuses = ['planned', 'running', 'done', 'dropped'] as const;
export const GalaActionStatusSchema = z.enum(galaActionStatuses).meta({ id: 'GalaActionStatus' });
export type GalaActionStatus = z.infer<typeof GalaActionStatusSchema>;

export const milestoneStatuses = ['planned', 'started', 'done'] as const;
export const MilestoneStatusSchema = z.enum(milestoneStatuses).meta({ id: 'GalaMilestoneStatus' });
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;

/*
 * Numbers a rule judges (amounts, years) are only checked for their type here, so a wrong value reaches the rules of
 * rules.ts and is answered 422 naming the field, the same as in an import; the stored shape below is strict.
 */
const Year = z.number().int().meta({ example: 2024 });
const Cents = z.number().meta({ description: 'Euro cents: a non-negative whole number.', example: 1_250_000 });
const StoredCents = z.int().min(0).meta({ description: 'Euro cents.', example: 1_250_000 });
const FreeText = (max: number) => z.string().trim().max(max);
/** A date or null; `format` stands beside the `anyOf` too, where the NL API Design Rules look for it. */
const NullableDate = CalendarDateSchema.nullable().meta({ format: 'date' });

export const GalaPeriodSchema = z
  .strictObject({ startYear: Year, endYear: Year })
  .meta({ id: 'GalaPeriod', description: 'The years a plan covers, inside 2023–2026; both ends included.' });
export type GalaPeriod = z.infer<typeof GalaPeriodSchema>;

// — The stored plan, as answered —

export const GalaChainApproachEntrySchema = z
  .object({ code: GalaTaxonomyCodeSchema, status: ChainApproachStatusSchema })
  .meta({ id: 'GalaChainApproachEntry', description: 'A chain approach the plan works on, and how far it is.' });

export const GalaActionSchema = z
  .object({
    id: IdSchema,
    what: z.string(),
    partner: ReferenceSchema.nullable().meta({ description: 'The partner organisation that carries it out.' }),
    status: GalaActionStatusSchema,
    dueDate: NullableDate,
  })
  .meta({ id: 'GalaAction', description: 'An action of the plan.' });
export type GalaAction = z.infer<typeof GalaActionSchema>;

export const GalaBudgetLineSchema = z
  .object({
    block: GalaTaxonomyCodeSchema.meta({ description: 'The SPUK budget block.' }),
    year: Year,
    plannedCents: StoredCents,
    spentCents: StoredCents,
    overspendReason: z.string().nullable().meta({ description: 'Why more was spent than planned.' }),
  })
  .meta({
    id: 'GalaBudgetLine',
    description: 'Planned and spent on one SPUK budget block in one year, in euro cents.',
  });
export type GalaBudgetLine = z.infer<typeof GalaBudgetLineSchema>;

export const GalaMilestoneSchema = z
  .object({
    id: IdSchema,
    code: z.string().nullable().meta({ description: 'The standard milestone it was seeded from, if any.' }),
    title: z.string(),
    dueDate: CalendarDateSchema,
    status: MilestoneStatusSchema,
    startedOn: CalendarDateSchema.nullable(),
    doneOn: CalendarDateSchema.nullable(),
  })
  .meta({ id: 'GalaMilestone', description: 'A milestone with its due date and status.' });
export type GalaMilestone = z.infer<typeof GalaMilestoneSchema>;

export const GalaProgressNoteSchema = z
  .object({ id: IdSchema, date: CalendarDateSchema, text: z.string(), author: ReferenceSchema })
  .meta({ id: 'GalaProgressNote', description: 'A dated note on how the plan is going.' });
export type GalaProgressNote = z.infer<typeof GalaProgressNoteSchema>;

export const GalaPlanSchema = z
  .object({
    id: IdSchema,
    region: ReferenceSchema,
    municipality: ReferenceSchema.nullable().meta({ description: 'The municipality; null for the region as a whole.' }),
    period: z.object({ startYear: Year, endYear: Year }),
    goals: z.array(GalaTaxonomyCodeSchema).meta({ description: 'The GALA goals it works on.' }),
    chainApproaches: z.array(GalaChainApproachEntrySchema),
    actions: z.array(GalaActionSchema),
    budget: z.array(GalaBudgetLineSchema),
    partners: z.array(ReferenceSchema).meta({ description: 'The partner organisations.' }),
    milestones: z.array(GalaMilestoneSchema),
    progressNotes: z.array(GalaProgressNoteSchema).meta({ description: 'Oldest first.' }),
    revision: z.int().min(1).meta({ description: 'Goes up with every change; the ETag is `"<revision>"`.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'GalaPlan',
    description:
      'GALA-plan: how a municipality (or the region as a whole) carries out the Gezond en Actief Leven Akkoord.',
  });
export type GalaPlan = z.infer<typeof GalaPlanSchema>;

// — What a client sends —

const uniqueIds = z
  .array(IdSchema)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, 'Elke organisatie mag maar één keer voorkomen.');

export const GalaActionInputSchema = z.strictObject({
  id: IdSchema.optional().meta({ description: 'An existing action keeps its id; without one it is new.' }),
  what: FreeText(1_000).min(2, 'Beschrijf de actie in minstens 2 tekens.'),
  partnerOrganisationId: IdSchema.nullable().default(null),
  status: GalaActionStatusSchema.default('planned'),
  dueDate: NullableDate.default(null),
});
export const GalaBudgetLineInputSchema = z.strictObject({
  block: GalaTaxonomyCodeSchema,
  year: Year,
  plannedCents: Cents,
  spentCents: Cents.default(0),
  overspendReason: FreeText(1_000)
    .nullable()
    .default(null)
    .meta({ description: 'Required when more is spent than planned.' }),
});
export const GalaMilestoneInputSchema = z.strictObject({
  id: IdSchema.optional(),
  code: GalaTaxonomyCodeSchema.nullable().default(null),
  title: FreeText(300).min(2, 'Vul minstens 2 tekens in.'),
  dueDate: CalendarDateSchema,
  status: MilestoneStatusSchema.default('planned'),
  startedOn: CalendarDateSchema.nullable().default(null),
  doneOn: CalendarDateSchema.nullable().default(null),
});
export const GalaProgressNoteInputSchema = z.strictObject({
  id: IdSchema.optional().meta({ description: 'An existing note keeps its id (and author); without one it is new.' }),
  date: CalendarDateSchema,
  text: FreeText(5_000).min(2, 'Vul minstens 2 tekens in.'),
});

const goals = z.array(GalaTaxonomyCodeSchema).max(50);
const chainApproaches = z
  .array(z.strictObject({ code: GalaTaxonomyCodeSchema, status: ChainApproachStatusSchema }))
  .max(50);
const actions = z.array(GalaActionInputSchema).max(500);
const budget = z.array(GalaBudgetLineInputSchema).max(500);
const milestones = z.array(GalaMilestoneInputSchema).max(200);
const progressNotes = z.array(GalaProgressNoteInputSchema).max(1_000);

export const GalaPlanCreateSchema = z
  .strictObject({
    regionId: IdSchema,
    municipalityId: IdSchema.nullable()
      .default(null)
      .meta({ description: 'A municipality of the region; null (or left out) for the region as a whole.' }),
    period: GalaPeriodSchema.default({ ...galaPeriodBounds }),
    goals: goals.default([]),
    chainApproaches: chainApproaches.default([]),
    actions: actions.default([]),
    budget: budget.default([]),
    partnerIds: uniqueIds.default([]),
    milestones: milestones.optional().meta({
      description: 'Left out, the plan starts with the standard GALA milestones of 2023–2025.',
    }),
    progressNotes: progressNotes.default([]),
  })
  .meta({ id: 'GalaPlanCreate', description: 'A new GALA plan. Free text passes the privacy guard.' });
export type GalaPlanCreate = z.infer<typeof GalaPlanCreateSchema>;

export const GalaPlanUpdateSchema = z
  .strictObject({
    period: GalaPeriodSchema.optional(),
    goals: goals.optional(),
    chainApproaches: chainApproaches.optional(),
    actions: actions.optional(),
    budget: budget.optional(),
    partnerIds: uniqueIds.optional(),
    milestones: milestones.optional(),
    progressNotes: progressNotes.optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({
    id: 'GalaPlanUpdate',
    description: 'Changes to a plan; every list given replaces the whole list. Send `If-Match` with the ETag you read.',
  });
export type GalaPlanUpdate = z.infer<typeof GalaPlanUpdateSchema>;

/**
 * A plan as the rules judge it: what would be stored, with ids for the organisations. The API builds one from a create
 * request (`galaPlanDraftFromCreate`) or from the stored plan with an update applied (`applyGalaPlanUpdate`).
 */
export interface GalaPlanDraft {
  readonly id?: string;
  readonly regionId: string;
  readonly municipalityId: string | null;
  readonly period: GalaPeriod;
  readonly goals: readonly string[];
  readonly chainApproaches: readonly { code: string; status: ChainApproachStatus }[];
  readonly actions: readonly z.infer<typeof GalaActionInputSchema>[];
  readonly budget: readonly z.infer<typeof GalaBudgetLineInputSchema>[];
  readonly partnerIds: readonly string[];
  readonly milestones: readonly z.infer<typeof GalaMilestoneInputSchema>[];
  readonly progressNotes: readonly z.infer<typeof GalaProgressNoteInputSchema>[];
}

export const GalaPlanListQuerySchema = PageQuerySchema.extend({
  regionId: IdSchema.optional().meta({ description: 'Only plans of this region.' }),
  municipalityId: IdSchema.optional().meta({ description: 'Only plans of this municipality.' }),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .meta({ description: 'Only plans whose period covers this year.' }),
});
export type GalaPlanListQuery = z.infer<typeof GalaPlanListQuerySchema>;
export const GalaPlanPageSchema = pageOf(GalaPlanSchema).meta({ id: 'GalaPlanPage' });
export const GalaPlanIdParamsSchema = z.strictObject({ planId: IdSchema });

/** A standard milestone every plan starts with. */
export const GalaMilestoneSeedSchema = z.object({
  code: GalaTaxonomyCodeSchema,
  title: LabelSchema,
  dueDate: CalendarDateSchema,
});
export type GalaMilestoneSeed = z.infer<typeof GalaMilestoneSeedSchema>;
