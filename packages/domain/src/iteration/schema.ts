import { z } from 'zod';
import { ClauseIdSchema } from '../agreement/schema.js';
import { CalendarDateSchema, IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { iterationDecisions, iterationPhases } from './rules.js';

export const IterationPhaseSchema = z
  .enum(iterationPhases)
  .meta({ id: 'IterationPhase', description: 'plan → act → observe → reflect → decided.' });
export const IterationDecisionSchema = z
  .enum(iterationDecisions)
  .meta({ id: 'IterationDecision', description: 'adopt (overnemen), adapt (aanpassen) or abandon (stoppen).' });

const text = (max: number) => z.string().trim().max(max);

export const SignalKeySchema = z
  .strictObject({
    measureId: IdSchema,
    signalId: z.string().trim().min(1).max(100).meta({ description: "The signal's id in the measure's analysis." }),
  })
  .meta({
    id: 'SignalKey',
    description: "A run-chart signal named by its measure and its id in that measure's analysis.",
  });

export const DecisionSignalSchema = z
  .object({
    measureId: IdSchema,
    signalId: z.string(),
    measureName: z.string(),
    rule: z.string(),
    description: z.string().meta({ description: 'The words of the signal as it was when deciding.' }),
  })
  .meta({ id: 'DecisionSignal', description: 'A signal a decision rested on, kept as it was when deciding.' });

export const IterationSchema = z
  .object({
    id: IdSchema,
    agreementId: IdSchema,
    version: z
      .object({ id: IdSchema, number: z.string() })
      .meta({ description: 'The version whose clauses are being tested.' }),
    clauseIds: z.array(z.string()).meta({ description: 'The clauses of that version this iteration tests.' }),
    title: z.string(),
    question: z.string().meta({ description: 'What we want to learn.' }),
    prediction: z.string().meta({ description: 'What we expect to happen.' }),
    plan: z.string().meta({ description: 'What we will do, who and when.' }),
    actions: z.string().meta({ description: 'What was actually done.' }),
    observations: z.string().meta({ description: 'What we saw, with the measures.' }),
    learning: z.string().meta({ description: 'What we learned, compared with the prediction.' }),
    phase: IterationPhaseSchema,
    decision: IterationDecisionSchema.nullable(),
    signals: z.array(DecisionSignalSchema).meta({ description: 'The signals the decision rested on; may be none.' }),
    startDate: CalendarDateSchema.optional().meta({ description: 'Absent until planned.' }),
    endDate: CalendarDateSchema.optional().meta({
      description: 'Set when the iteration is decided, unless given earlier.',
    }),
    createdBy: ReferenceSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'Iteration',
    description:
      'Iteratie (actieonderzoek): one plan → act → observe → reflect cycle on an agreement, with its decision.',
  });
export type Iteration = z.infer<typeof IterationSchema>;
export const IterationListSchema = z.object({ items: z.array(IterationSchema) }).meta({ id: 'IterationList' });

export const IterationCreateSchema = z
  .strictObject({
    versionId: IdSchema.meta({ description: 'A version of this agreement, usually the one in force.' }),
    clauseIds: z.array(ClauseIdSchema).max(50).default([]),
    title: z.string().trim().min(3, 'Geef de iteratie een titel van minstens 3 tekens.').max(200),
    question: z.string().trim().min(3, 'Schrijf op wat jullie willen leren.').max(2_000),
    prediction: text(2_000).default(''),
    plan: text(5_000).default(''),
    startDate: CalendarDateSchema.optional(),
  })
  .meta({ id: 'IterationCreate', description: 'A new iteration, in the plan phase.' });
export type IterationCreate = z.infer<typeof IterationCreateSchema>;

export const IterationUpdateSchema = z
  .strictObject({
    clauseIds: z.array(ClauseIdSchema).max(50).optional(),
    title: z.string().trim().min(3, 'Geef de iteratie een titel van minstens 3 tekens.').max(200).optional(),
    question: z.string().trim().min(3, 'Schrijf op wat jullie willen leren.').max(2_000).optional(),
    prediction: text(2_000).optional(),
    plan: text(5_000).optional(),
    actions: text(5_000).optional(),
    observations: text(10_000).optional(),
    learning: text(5_000).optional(),
    phase: IterationPhaseSchema.optional().meta({ description: 'The next phase; one step forward at a time.' }),
    decision: IterationDecisionSchema.nullable()
      .optional()
      .meta({ description: 'Given when the phase becomes decided.' }),
    signals: z.array(SignalKeySchema).max(20).optional().meta({
      description:
        "With the decision: the signals it rests on, each in the current analysis of one of the iteration's measures.",
    }),
    startDate: CalendarDateSchema.optional(),
    endDate: CalendarDateSchema.optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'IterationUpdate', description: 'Changes to an iteration; a decided iteration changes no more.' });
export type IterationUpdate = z.infer<typeof IterationUpdateSchema>;

export const IterationParamsSchema = z.strictObject({ agreementId: IdSchema, iterationId: IdSchema });
