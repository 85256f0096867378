import { z } from 'zod';
import { CalendarDateSchema, IdSchema, ReferenceSchema, TimestampSchema, idParams } from '../common/schema.js';
import { InputModeSchema, MethodPhaseSchema, SessionRoleSchema, SessionStatusSchema } from '../intervision/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { LabelSchema } from '../vocabulary/label.js';
import { RoleSchema } from '../access/roles.js';

const uniqueIds = (max: number) =>
  z
    .array(IdSchema)
    .max(max)
    .refine((values) => new Set(values).size === values.length, 'Elke waarde mag maar één keer voorkomen.');

export const SessionCommandSchema = z.enum(['start', 'advance', 'back', 'reveal', 'end']).meta({
  id: 'SessionCommand',
  description: 'What the facilitator does: start, go to the next or previous phase, reveal private inputs, end.',
});

export const IntervisionSessionCreateSchema = z
  .strictObject({
    buildingTeamId: IdSchema,
    methodId: IdSchema.meta({ description: 'The method; its phases are copied into the session.' }),
    plannedDate: CalendarDateSchema,
    caseIds: uniqueIds(20).default([]).meta({ description: 'Cases of the same bouwteam discussed in this session.' }),
    inbrengerId: IdSchema.meta({ description: 'Who brings in the case; a member of the bouwteam.' }),
    facilitatorId: IdSchema.meta({
      description: 'Who guides the phases (gespreksleider); a partner or facilitator of the bouwteam.',
    }),
    noteTakerId: IdSchema.meta({ description: 'Who keeps the phase notes (notulist); a member of the bouwteam.' }),
    participantIds: uniqueIds(200)
      .default([])
      .meta({ description: 'The other participants; members of the bouwteam.' }),
  })
  .meta({ id: 'IntervisionSessionCreate', description: 'A session planned for a bouwteam.' });
export type IntervisionSessionCreate = z.infer<typeof IntervisionSessionCreateSchema>;

export const LearningGroupSessionCreateSchema = z
  .strictObject({
    methodId: IdSchema.meta({ description: 'The method; its phases are copied into the session.' }),
    plannedDate: CalendarDateSchema,
    inbrengerId: IdSchema.meta({ description: 'Who brings in the question; a member of the group.' }),
    facilitatorId: IdSchema.meta({ description: 'Who guides the phases; the coordinator or a partner of the group.' }),
    noteTakerId: IdSchema.meta({ description: 'Who keeps the phase notes; a member of the group.' }),
    participantIds: uniqueIds(200).default([]).meta({ description: 'The other participants; members of the group.' }),
  })
  .meta({
    id: 'LearningGroupSessionCreate',
    description: 'A meeting planned for a learning group: an intervision session without cases.',
  });
export type LearningGroupSessionCreate = z.infer<typeof LearningGroupSessionCreateSchema>;

export const SessionCommandRequestSchema = z
  .strictObject({ command: SessionCommandSchema })
  .meta({ id: 'SessionCommandRequest' });

export const ActionStatusSchema = z
  .enum(['open', 'done', 'carried-on'])
  .meta({ id: 'ActionStatus', description: 'Open, done, or carried on to a later session (still to do).' });
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

export const IntervisionActionSchema = z
  .object({
    id: IdSchema,
    sessionId: IdSchema,
    what: z.string(),
    owner: ReferenceSchema.nullable(),
    dueDate: CalendarDateSchema,
    status: ActionStatusSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'IntervisionAction',
    description: 'An action agreed in a session; open ones reappear at the start of the next session.',
  });
export type IntervisionAction = z.infer<typeof IntervisionActionSchema>;

const freeText = (max: number) => z.string().trim().min(1, 'Vul een tekst in.').max(max);

export const IntervisionActionCreateSchema = z
  .strictObject({ what: freeText(1_000), ownerId: IdSchema.optional(), dueDate: CalendarDateSchema })
  .meta({ id: 'IntervisionActionCreate', description: 'An agreed action; the text passes the privacy guard.' });
export type IntervisionActionCreate = z.infer<typeof IntervisionActionCreateSchema>;

export const IntervisionActionUpdateSchema = z
  .strictObject({
    status: ActionStatusSchema.optional(),
    what: freeText(1_000).optional(),
    ownerId: IdSchema.nullable().optional(),
    dueDate: CalendarDateSchema.optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'IntervisionActionUpdate', description: 'Mark an action done or carried on, or change it.' });
export type IntervisionActionUpdate = z.infer<typeof IntervisionActionUpdateSchema>;

export const PhaseTimingSchema = z
  .object({
    spentSeconds: z.number().int().min(0),
    timeboxSeconds: z.number().int().min(0),
    overtimeSeconds: z.number().int().min(0).meta({ description: 'Shown, never enforced.' }),
  })
  .meta({ id: 'PhaseTiming' });

export const SessionPhaseSchema = MethodPhaseSchema.extend({
  index: z.number().int().min(0),
  timing: PhaseTimingSchema,
  revealed: z
    .boolean()
    .meta({ description: 'For a private-then-reveal phase: whether the facilitator revealed the inputs.' }),
  inputCount: z.number().int().min(0),
  noteCount: z.number().int().min(0),
}).meta({
  id: 'SessionPhase',
  description: 'A phase of the session (copied from the method when it was planned), with its timing.',
});

export const CurrentPhaseSchema = z
  .object({
    index: z.number().int().min(0),
    key: z.string(),
    name: LabelSchema,
    prompt: LabelSchema,
    inputMode: InputModeSchema,
    timing: PhaseTimingSchema,
    revealed: z.boolean(),
    enteredAt: TimestampSchema,
  })
  .meta({ id: 'CurrentPhase' });

export const SessionPersonRolesSchema = z
  .object({ person: ReferenceSchema, roles: z.array(SessionRoleSchema) })
  .meta({ id: 'SessionPersonRoles' });

const MethodReferenceSchema = z
  .object({ id: IdSchema, code: z.string(), name: LabelSchema })
  .meta({ id: 'MethodReference' });

export const SessionContextSchema = z
  .object({ type: z.enum(['building-team', 'learning-group']), id: IdSchema, name: z.string() })
  .meta({ id: 'SessionContext', description: 'The bouwteam or learning group whose meeting this is.' });
export type SessionContext = z.infer<typeof SessionContextSchema>;

export const IntervisionSessionSummarySchema = z
  .object({
    id: IdSchema,
    context: SessionContextSchema,
    buildingTeam: ReferenceSchema.nullable().meta({ description: 'The bouwteam; null for a learning group meeting.' }),
    method: MethodReferenceSchema,
    plannedDate: CalendarDateSchema,
    status: SessionStatusSchema,
    currentPhaseIndex: z.number().int().min(0).nullable(),
    facilitator: ReferenceSchema,
    inbrenger: ReferenceSchema,
    startedAt: TimestampSchema.nullable(),
    endedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'IntervisionSessionSummary' });
export type IntervisionSessionSummary = z.infer<typeof IntervisionSessionSummarySchema>;

export const IntervisionSessionSchema = IntervisionSessionSummarySchema.extend({
  previousOpenActions: z.array(IntervisionActionSchema).meta({
    description:
      "The open actions of the bouwteam's previous session, shown first while this session is planned and during its first phase; empty otherwise.",
  }),
  currentPhase: CurrentPhaseSchema.nullable(),
  phases: z.array(SessionPhaseSchema),
  roles: z.array(SessionPersonRolesSchema),
  myRoles: z.array(SessionRoleSchema).meta({ description: "The caller's roles in this session." }),
  cases: z.array(ReferenceSchema).meta({
    description: 'The cases discussed; named by a neutral label (not their title) when `textsWithheld`.',
  }),
  actions: z.array(IntervisionActionSchema).meta({ description: 'The actions agreed; empty when `textsWithheld`.' }),
  textsWithheld: z.boolean().meta({
    description:
      'True for a reader who takes no part in the session and may not read case content (a manager): the texts that ' +
      'retell its cases — inputs, notes, actions, case titles — are withheld.',
  }),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
}).meta({
  id: 'IntervisionSession',
  description: 'Intervisiesessie: one meeting of a bouwteam following a method, with its progress.',
});
export type IntervisionSession = z.infer<typeof IntervisionSessionSchema>;

export const IntervisionSessionListQuerySchema = PageQuerySchema.extend({
  buildingTeamId: IdSchema.optional(),
  learningGroupId: IdSchema.optional(),
  status: SessionStatusSchema.optional(),
});
export type IntervisionSessionListQuery = z.infer<typeof IntervisionSessionListQuerySchema>;
export const IntervisionSessionPageSchema = pageOf(IntervisionSessionSummarySchema).meta({
  id: 'IntervisionSessionPage',
});

export const IntervisionSessionIdParamsSchema = idParams('sessionId');
export const IntervisionActionIdParamsSchema = idParams('actionId');

export const SessionTextCreateSchema = z
  .strictObject({ text: freeText(4_000) })
  .meta({ id: 'SessionTextCreate', description: 'A text for the current phase; it passes the privacy guard.' });
export type SessionTextCreate = z.infer<typeof SessionTextCreateSchema>;

export const SessionTextSchema = z
  .object({
    id: IdSchema,
    phase: z.number().int().min(0),
    author: ReferenceSchema,
    text: z.string(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'SessionText', description: 'An input of a participant, or a note of the note-taker, in one phase.' });
export type SessionText = z.infer<typeof SessionTextSchema>;
export const SessionTextListSchema = z.object({ items: z.array(SessionTextSchema) }).meta({ id: 'SessionTextList' });

/** What an event of the live stream says: enough to redraw the progress; contents are fetched with the caller's own rights. */
export const SessionEventSchema = z
  .object({
    type: z.enum(['snapshot', 'progress', 'input', 'note', 'action']),
    sessionId: IdSchema,
    status: SessionStatusSchema,
    currentPhaseIndex: z.number().int().min(0).nullable(),
    revealedPhases: z.array(z.number().int().min(0)),
    inputCounts: z.array(z.number().int().min(0)).meta({ description: 'Inputs per phase, by phase index.' }),
    noteCount: z.number().int().min(0),
    at: TimestampSchema,
  })
  .meta({ id: 'SessionEvent' });
export type SessionEvent = z.infer<typeof SessionEventSchema>;

export const SessionCandidateSchema = z
  .object({
    person: ReferenceSchema,
    organisation: ReferenceSchema,
    roles: z.array(RoleSchema).meta({ description: 'Their active roles in the bouwteam.' }),
    mayFacilitate: z.boolean().meta({ description: 'A partner or facilitator of the bouwteam: may guide a session.' }),
  })
  .meta({ id: 'SessionCandidate', description: 'A member of the bouwteam who can take a role in its sessions.' });
export type SessionCandidate = z.infer<typeof SessionCandidateSchema>;
export const SessionCandidateListSchema = z
  .object({ items: z.array(SessionCandidateSchema).meta({ description: 'By name.' }) })
  .meta({ id: 'SessionCandidateList' });
export const BuildingTeamParamsSchema = idParams('buildingTeamId');
export const LearningGroupParamsSchema = idParams('learningGroupId');
