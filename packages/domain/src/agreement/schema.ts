import { z } from 'zod';
import { CalendarDateSchema, IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { agreementVersionStatuses } from './rules.js';

export const AgreementVersionStatusSchema = z.enum(agreementVersionStatuses).meta({
  id: 'AgreementVersionStatus',
  description: 'Concept → voorgesteld → bèta (in werking, op proef) of vastgesteld → vervangen / ingetrokken.',
});

export const ClauseIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Een artikel-id bestaat uit letters, cijfers, - en _ (hoogstens 64).')
  .meta({ description: 'Stable across versions: history, diff and provenance follow it. A new clause gets a new id.' });

export const ClauseSchema = z
  .strictObject({
    id: ClauseIdSchema,
    title: z.string().trim().max(200),
    text: z.string().trim().min(1, 'Een artikel heeft tekst.').max(10_000),
    lessonIds: z.array(IdSchema).max(20).default([]).meta({
      description:
        'The lessons of the same bouwteam this clause came from (the leerlijn); through them the cases and sessions.',
    }),
    iterationIds: z
      .array(IdSchema)
      .max(20)
      .default([])
      .meta({ description: 'The action-research iterations of the same agreement this clause answers.' }),
  })
  .meta({ id: 'AgreementClause', description: 'One clause (artikel) of an agreement.' });

const uniqueIds = (clauses: readonly { id: string }[]) =>
  new Set(clauses.map((clause) => clause.id)).size === clauses.length;
/**
 * How large a version may be: far beyond any real agreement (a few dozen clauses of a few hundred words), and small
 * enough that comparing and exporting the largest one stays quick.
 */
export const versionLimits = { clauses: 100, textCharacters: 100_000 } as const;
const withinTextLimit = (clauses: readonly { text: string }[]) =>
  clauses.reduce((total, clause) => total + clause.text.length, 0) <= versionLimits.textCharacters;
const textLimitMessage = `De artikelen van een versie hebben samen hoogstens ${versionLimits.textCharacters.toLocaleString('nl-NL')} tekens.`;
const Clauses = z
  .array(ClauseSchema)
  .max(versionLimits.clauses)
  .refine(uniqueIds, 'Elk artikel-id mag maar één keer voorkomen.')
  .refine(withinTextLimit, textLimitMessage);

const ClauseChangeSchema = ClauseSchema.extend({
  lessonIds: z
    .array(IdSchema)
    .max(20)
    .optional()
    .meta({ description: 'Absent: the clause keeps the lessons it is linked to; [] removes them.' }),
  iterationIds: z
    .array(IdSchema)
    .max(20)
    .optional()
    .meta({ description: 'Absent: the clause keeps the iterations it is linked to; [] removes them.' }),
}).meta({ id: 'AgreementClauseChange', description: 'A clause as sent in a change of a concept.' });
const ClauseChanges = z
  .array(ClauseChangeSchema)
  .max(versionLimits.clauses)
  .refine(uniqueIds, 'Elk artikel-id mag maar één keer voorkomen.')
  .refine(withinTextLimit, textLimitMessage);

export const DecisionRuleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('no-objection-and-share'),
      share: z
        .number()
        .gt(0)
        .lte(1)
        .meta({ description: 'The share of all partner organisations that must consent, e.g. 0.6667.' }),
    }),
    z.strictObject({ kind: z.literal('unanimity-of-participants') }),
    z.strictObject({
      kind: z.literal('qualified-majority'),
      share: z
        .number()
        .gt(0)
        .lte(1)
        .meta({ description: 'The share of all partner organisations that must consent, e.g. 0.6667.' }),
    }),
  ])
  .meta({
    id: 'DecisionRule',
    description:
      'When a proposal is accepted. `no-objection-and-share`: no open objection and at least `share` of the partner organisations consent. `unanimity-of-participants`: no open objection and every organisation not standing aside consents. `qualified-majority`: at least `share` consent; objections are recorded with their reasons but do not block.',
  });

export const ConsentStanceSchema = z.enum(['consent', 'object', 'stand-aside']).meta({ id: 'ConsentStance' });

export const AgreementContextTypeSchema = z
  .enum(['building-team', 'learning-group'])
  .meta({ id: 'AgreementContextType' });
export const AgreementContextSchema = z
  .object({ type: AgreementContextTypeSchema, id: IdSchema, name: z.string() })
  .meta({ id: 'AgreementContext', description: 'The bouwteam or learning group whose agreement this is.' });
export type AgreementContext = z.infer<typeof AgreementContextSchema>;

const reviewDate = CalendarDateSchema.optional().meta({
  description: 'When the version in force is to be reviewed; absent until it is put in force.',
});
const VersionSummarySchema = z.object({
  id: IdSchema,
  number: z.string(),
  status: AgreementVersionStatusSchema,
  reviewDate,
});

export const AgreementSchema = z
  .object({
    id: IdSchema,
    context: AgreementContextSchema,
    title: z.string(),
    scope: z.string(),
    decisionRule: DecisionRuleSchema,
    versionInForce: VersionSummarySchema.nullable(),
    latestVersion: VersionSummarySchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'Agreement',
    description:
      'Samenwerkingsafspraak of a bouwteam, or the shared talking document of a learning group, in versions.',
  });
export type Agreement = z.infer<typeof AgreementSchema>;

export const AgreementCreateSchema = z
  .strictObject({
    context: z
      .strictObject({ type: AgreementContextTypeSchema, id: IdSchema })
      .meta({ description: 'The bouwteam or learning group.' }),
    title: z.string().trim().min(3, 'Geef de afspraak een titel van minstens 3 tekens.').max(200),
    scope: z.string().trim().max(2_000).default(''),
    decisionRule: DecisionRuleSchema.default({ kind: 'no-objection-and-share', share: 2 / 3 }),
    clauses: Clauses.default([]),
    changelog: z.string().trim().max(5_000).default(''),
  })
  .meta({ id: 'AgreementCreate', description: 'A new agreement; its text becomes concept 0.1.' });
export type AgreementCreate = z.infer<typeof AgreementCreateSchema>;

export const AgreementUpdateSchema = z
  .strictObject({
    title: z.string().trim().min(3, 'Geef de afspraak een titel van minstens 3 tekens.').max(200).optional(),
    scope: z.string().trim().max(2_000).optional(),
    decisionRule: DecisionRuleSchema.optional().meta({
      description: 'Not while a version is being consented on (409).',
    }),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'AgreementUpdate', description: "Changes to an agreement's title, scope or decision rule." });
export type AgreementUpdate = z.infer<typeof AgreementUpdateSchema>;

export const AgreementListQuerySchema = PageQuerySchema.extend({
  buildingTeamId: IdSchema.optional(),
  learningGroupId: IdSchema.optional(),
  reviewDueWithinDays: z.coerce.number().int().min(0).max(365).optional().meta({
    description:
      'Only agreements whose version in force is due for review within this many days, or overdue (e.g. 30).',
  }),
});
export type AgreementListQuery = z.infer<typeof AgreementListQuerySchema>;
export const AgreementPageSchema = pageOf(AgreementSchema).meta({ id: 'AgreementPage' });
export const AgreementIdParamsSchema = z.strictObject({ agreementId: IdSchema });
export const AgreementVersionParamsSchema = z.strictObject({ agreementId: IdSchema, versionId: IdSchema });

export const AgreementVersionSchema = z
  .object({
    id: IdSchema,
    agreementId: IdSchema,
    number: z.string().meta({ example: '0.4' }),
    status: AgreementVersionStatusSchema,
    clauses: z.array(ClauseSchema),
    changelog: z.string(),
    revision: z.number().int().min(1).meta({ description: 'Goes up with every change; the ETag is `"<revision>"`.' }),
    consentRound: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'How often it was proposed; stances count for the current round.' }),
    basedOnVersionId: IdSchema.nullable(),
    validFrom: CalendarDateSchema.nullable(),
    validUntil: CalendarDateSchema.nullable(),
    reviewDate,
    createdBy: ReferenceSchema,
    updatedBy: ReferenceSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'AgreementVersion', description: 'One version of an agreement: its clauses, changelog and status.' });
export type AgreementVersion = z.infer<typeof AgreementVersionSchema>;
export const AgreementVersionListSchema = z
  .object({ items: z.array(AgreementVersionSchema) })
  .meta({ id: 'AgreementVersionList' });

export const AgreementVersionCreateSchema = z
  .strictObject({
    changelog: z.string().trim().max(5_000).default(''),
    major: z
      .boolean()
      .default(false)
      .meta({ description: 'Number it as the next major version (1.0, 2.0 …) instead of the next minor one.' }),
  })
  .meta({
    id: 'AgreementVersionCreate',
    description: 'A new concept, a copy of the version in force (or of the latest version when none is).',
  });
export type AgreementVersionCreate = z.infer<typeof AgreementVersionCreateSchema>;

export const AgreementVersionUpdateSchema = z
  .strictObject({ clauses: ClauseChanges.optional(), changelog: z.string().trim().max(5_000).optional() })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({
    id: 'AgreementVersionUpdate',
    description: "Changes to a concept's text; send `If-Match` with the ETag you read.",
  });
export type AgreementVersionUpdate = z.infer<typeof AgreementVersionUpdateSchema>;

export const AgreementVersionStatusChangeSchema = z
  .strictObject({ status: z.enum(['concept', 'proposed', 'withdrawn']) })
  .meta({
    id: 'AgreementVersionStatusChange',
    description: 'Propose a concept (opens a consent round), take a proposal back to concept, or withdraw.',
  });
export type AgreementVersionStatusChange = z.infer<typeof AgreementVersionStatusChangeSchema>;

export const AgreementVersionInForceSchema = z
  .strictObject({
    as: z.enum(['beta', 'adopted']),
    reviewDate: CalendarDateSchema,
    validFrom: CalendarDateSchema.optional().meta({ description: 'Today when not given.' }),
  })
  .meta({
    id: 'AgreementVersionInForce',
    description: 'Put a proposal whose decision rule is met in force; the version in force is superseded.',
  });
export type AgreementVersionInForce = z.infer<typeof AgreementVersionInForceSchema>;

export const ConsentTallySchema = z
  .object({
    total: z.number().int(),
    consent: z.number().int(),
    object: z.number().int(),
    standAside: z.number().int(),
    none: z.number().int(),
    consentNeeded: z.number().int(),
    decided: z.boolean(),
    blockedBy: z.enum(['open-objections', 'not-enough-consent', 'missing-stances']).nullable(),
  })
  .meta({
    id: 'ConsentTally',
    description: 'The current stances of the partner organisations, and whether the decision rule is met.',
  });

export const ConsentSchema = z
  .object({
    id: IdSchema,
    round: z.number().int(),
    organisation: ReferenceSchema,
    region: ReferenceSchema.nullable().meta({
      description: "For a learning group's talking document: the region the stance is given for; null for a bouwteam.",
    }),
    stance: ConsentStanceSchema,
    reason: z.string().nullable(),
    current: z
      .boolean()
      .meta({ description: "The organisation's stance that counts now (the last one given in the current round)." }),
    givenBy: ReferenceSchema.nullable().meta({ description: 'Null for a stance recorded without a person.' }),
    givenAt: TimestampSchema,
  })
  .meta({ id: 'Consent', description: 'One stance given for a partner organisation.' });
export type Consent = z.infer<typeof ConsentSchema>;

export const ConsentRoundSchema = z
  .object({
    versionId: IdSchema,
    round: z.number().int(),
    open: z.boolean(),
    decisionRule: DecisionRuleSchema,
    votesBy: z.enum(['organisation', 'region']).meta({
      description:
        'Who gives a stance: each partner organisation of a bouwteam, or each region of a learning group (cast by a member who represents it).',
    }),
    tally: ConsentTallySchema,
    items: z.array(ConsentSchema).meta({ description: 'Every stance given, oldest first.' }),
  })
  .meta({ id: 'ConsentRound', description: 'The consent round of a version: the tally and the history of stances.' });
export type ConsentRound = z.infer<typeof ConsentRoundSchema>;

export const ConsentCreateSchema = z
  .strictObject({
    stance: ConsentStanceSchema,
    reason: z.string().trim().max(2_000).optional(),
  })
  .refine((input) => input.stance !== 'object' || (input.reason?.length ?? 0) >= 3, {
    message: 'Geef bij een bezwaar een reden.',
    path: ['reason'],
  })
  .meta({
    id: 'ConsentCreate',
    description: "A stance for the caller's organisation; it replaces an earlier one in the same round.",
  });
export type ConsentCreate = z.infer<typeof ConsentCreateSchema>;

export const AgreementDiffQuerySchema = z.strictObject({
  against: IdSchema.meta({ description: 'The version to compare with (the older one).' }),
});

const WordPartSchema = z
  .object({ kind: z.enum(['equal', 'insert', 'delete']), text: z.string() })
  .meta({ id: 'WordPart' });
export const ClauseDiffSchema = z
  .object({
    clauseId: z.string(),
    change: z.enum(['added', 'removed', 'changed', 'moved', 'unchanged']),
    moved: z.boolean(),
    fromIndex: z.number().int().nullable(),
    toIndex: z.number().int().nullable(),
    fromTitle: z.string().nullable(),
    toTitle: z.string().nullable(),
    parts: z.array(WordPartSchema),
    lessonIdsAdded: z.array(IdSchema).meta({ description: 'Lessons the clause names now and did not before.' }),
    lessonIdsRemoved: z.array(IdSchema).meta({ description: 'Lessons the clause no longer names.' }),
  })
  .meta({ id: 'ClauseDiff' });
export const AgreementDiffSchema = z
  .object({ from: VersionSummarySchema, to: VersionSummarySchema, clauses: z.array(ClauseDiffSchema) })
  .meta({
    id: 'AgreementDiff',
    description: 'Per clause what changed from `from` (against) to `to`, with word-level parts.',
  });
export type AgreementDiff = z.infer<typeof AgreementDiffSchema>;

export const AgreementVersionChangeSchema = z
  .object({
    id: IdSchema,
    revision: z.number().int().meta({ description: 'The revision this change produced.' }),
    kind: z.enum(['created', 'edited', 'status']),
    fields: z.array(z.string()).meta({ description: 'The fields that changed.' }),
    clauseIds: z
      .array(z.string())
      .meta({ description: 'The clauses added, removed, changed or moved by this change.' }),
    status: AgreementVersionStatusSchema.meta({ description: 'The status after the change.' }),
    changedBy: ReferenceSchema,
    changedAt: TimestampSchema,
  })
  .meta({ id: 'AgreementVersionChange', description: 'One change of a version: who, when, which fields and clauses.' });
export const AgreementVersionHistorySchema = z
  .object({ items: z.array(AgreementVersionChangeSchema) })
  .meta({ id: 'AgreementVersionHistory' });
export type AgreementVersionHistory = z.infer<typeof AgreementVersionHistorySchema>;

export const ClauseSourceQuerySchema = PageQuerySchema.extend({
  lessonId: IdSchema.optional().meta({ description: 'Clauses that came from this lesson.' }),
  caseId: IdSchema.optional().meta({ description: 'Clauses that came from a lesson about this case.' }),
  iterationId: IdSchema.optional().meta({ description: 'Clauses that answer this action-research iteration.' }),
}).refine(
  (query) => [query.lessonId, query.caseId, query.iterationId].filter((value) => value !== undefined).length === 1,
  'Geef precies één van lessonId, caseId of iterationId.',
);
export type ClauseSourceQuery = z.infer<typeof ClauseSourceQuerySchema>;
export const ClauseSourceSchema = z
  .object({
    agreement: ReferenceSchema,
    version: VersionSummarySchema,
    clauseId: z.string(),
    clauseTitle: z.string(),
    lessonIds: z.array(IdSchema),
    iterationIds: z.array(IdSchema),
  })
  .meta({ id: 'ClauseSource', description: 'A clause of a version and the lessons it came from.' });
export const ClauseSourcePageSchema = pageOf(ClauseSourceSchema).meta({ id: 'ClauseSourcePage' });
export type ClauseSource = z.infer<typeof ClauseSourceSchema>;

export const AgreementLessonProposalSchema = z
  .strictObject({
    lessonId: IdSchema.meta({ description: 'A lesson whose follow-up is `change-agreement`.' }),
    clauseId: ClauseIdSchema.optional().meta({
      description: 'The clause to change; without it a new clause is added.',
    }),
    title: z.string().trim().max(200).default(''),
    text: z.string().trim().min(1, 'Geef de tekst van het artikel.').max(10_000),
  })
  .meta({
    id: 'AgreementLessonProposal',
    description:
      'Turns a lesson into a proposed clause change in one step: into the open concept, or a new concept copied from the version in force. The clause links the lesson; the changelog says so.',
  });
export type AgreementLessonProposal = z.infer<typeof AgreementLessonProposalSchema>;

export const AgreementIterationProposalSchema = z
  .strictObject({
    iterationId: IdSchema.meta({ description: 'An iteration of this agreement, decided with `adapt`.' }),
    clauseId: ClauseIdSchema.optional().meta({
      description: 'The clause to change; without it a new clause is added.',
    }),
    title: z.string().trim().max(200).default(''),
    text: z.string().trim().min(1, 'Geef de tekst van het artikel.').max(10_000),
  })
  .meta({
    id: 'AgreementIterationProposal',
    description:
      'Turns what an iteration decided to adapt into a proposed clause change in one step, like a lesson: the clause names the iteration it answers.',
  });
export type AgreementIterationProposal = z.infer<typeof AgreementIterationProposalSchema>;

/** A stale update (412) answers the version as it is now, so nothing typed is lost: the client shows both texts. */
export const AgreementStaleProblemSchema = z
  .object({ current: AgreementVersionSchema.meta({ description: 'The version as it is stored now.' }) })
  .meta({ id: 'AgreementStaleProblem' });
