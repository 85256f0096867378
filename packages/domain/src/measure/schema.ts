import { z } from 'zod';
import { CalendarDateSchema, IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { betterDirections, runChartRuleSets, runChartSignalRules } from './run-chart.js';
import { measureValueBound } from './rules.js';

export const RunChartRuleSetSchema = z.enum(runChartRuleSets).meta({
  id: 'RunChartRuleSet',
  description: 'anhoej (the default, as in qicharts2) or provost-murray (shift, trend, runs, astronomical point).',
});
export const BetterDirectionSchema = z
  .enum(betterDirections)
  .meta({ id: 'BetterDirection', description: 'Which way is better: up (higher), down (lower) or none.' });

const PointRefSchema = z.object({ index: z.number().int().min(0), date: CalendarDateSchema });

export const RunChartSignalSchema = z
  .object({
    id: z.string().meta({ description: 'Rule, segment and first date; stable while the data do not change.' }),
    rule: z.enum(runChartSignalRules),
    segment: z.number().int().min(0),
    points: z.array(PointRefSchema).meta({ description: 'The points that make the signal.' }),
    direction: z.enum(['up', 'down']).nullable(),
    favourable: z.boolean().nullable().meta({ description: 'Whether the signal goes the better way.' }),
    description: z.string(),
  })
  .meta({ id: 'RunChartSignal', description: 'A sign of non-random variation, with the points that make it.' });
export type RunChartSignalDto = z.infer<typeof RunChartSignalSchema>;

export const RunChartSegmentSchema = z
  .object({
    index: z.number().int().min(0),
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    firstIndex: z.number().int().min(0),
    lastIndex: z.number().int().min(0),
    median: z.number(),
    baselineFrom: CalendarDateSchema,
    baselineTo: CalendarDateSchema,
    pointCount: z.number().int(),
    usefulCount: z.number().int().meta({ description: 'Points not on the median.' }),
    tooFewPoints: z.boolean().meta({ description: 'Fewer than 10 useful points: no run rule applies.' }),
    longestRun: z.number().int(),
    runs: z.number().int(),
    crossings: z.number().int(),
    longestRunLimit: z.number().int().nullable(),
    crossingsMinimum: z.number().int().nullable(),
    runsLimits: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
    astronomicalLimit: z.number().nullable(),
  })
  .meta({
    id: 'RunChartSegment',
    description: 'A part of the chart with its own median (a new one after re-baselining).',
  });

export const RunChartAnalysisSchema = z
  .object({
    ruleSet: RunChartRuleSetSchema,
    segments: z.array(RunChartSegmentSchema),
    signals: z.array(RunChartSignalSchema),
  })
  .meta({ id: 'RunChartAnalysis', description: 'The run-chart analysis of a measure, computed from its points.' });

export const MeasurePointSchema = z
  .object({ id: IdSchema, date: CalendarDateSchema, value: z.number(), note: z.string() })
  .meta({ id: 'MeasurePoint', description: 'One data point of a measure.' });
export type MeasurePoint = z.infer<typeof MeasurePointSchema>;

export const MeasureAnnotationSchema = z
  .object({
    date: CalendarDateSchema,
    kind: z.enum(['version-in-force', 'iteration-start', 'iteration-end']),
    label: z.string().meta({ description: 'E.g. "v0.4 in werking" or the iteration title.' }),
    versionId: IdSchema.optional(),
    iterationId: IdSchema.optional(),
  })
  .meta({
    id: 'MeasureAnnotation',
    description:
      'A moment of the learning cycle drawn on the chart: a version put in force, an iteration begun or decided.',
  });
export type MeasureAnnotation = z.infer<typeof MeasureAnnotationSchema>;

export const MeasureSchema = z
  .object({
    id: IdSchema,
    agreementId: IdSchema,
    iterationId: IdSchema.nullable(),
    name: z.string(),
    definition: z.string().meta({ description: 'The operational definition: what is counted, how and when.' }),
    unit: z.string(),
    betterDirection: BetterDirectionSchema,
    ruleSet: RunChartRuleSetSchema,
    periodStart: CalendarDateSchema,
    periodEnd: CalendarDateSchema,
    baselineStart: CalendarDateSchema,
    baselineEnd: CalendarDateSchema,
    rebaselines: z
      .array(CalendarDateSchema)
      .meta({ description: 'Dates from which a new baseline (segment with its own median) starts.' }),
    points: z.array(MeasurePointSchema).meta({ description: 'By date.' }),
    analysis: RunChartAnalysisSchema,
    annotations: z.array(MeasureAnnotationSchema),
    createdBy: ReferenceSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'Measure',
    description: 'Maat: an indicator on an agreement or an iteration, with its data points and run-chart analysis.',
  });
export type Measure = z.infer<typeof MeasureSchema>;
export const MeasureListSchema = z.object({ items: z.array(MeasureSchema) }).meta({ id: 'MeasureList' });

const name = z.string().trim().min(2, 'Geef de maat een naam van minstens 2 tekens.').max(200);
const definition = z.string().trim().min(3, 'Schrijf op wat er precies gemeten wordt.').max(2_000);
const unit = z.string().trim().max(50);
const rebaselines = z.array(CalendarDateSchema).max(20);

export const MeasureCreateSchema = z
  .strictObject({
    agreementId: IdSchema,
    iterationId: IdSchema.optional().meta({
      description: 'An iteration of that agreement, if the measure is its own.',
    }),
    name,
    definition,
    unit: unit.default(''),
    betterDirection: BetterDirectionSchema.default('none'),
    ruleSet: RunChartRuleSetSchema.default('anhoej'),
    periodStart: CalendarDateSchema,
    periodEnd: CalendarDateSchema,
    baselineStart: CalendarDateSchema,
    baselineEnd: CalendarDateSchema,
    rebaselines: rebaselines.default([]),
  })
  .meta({ id: 'MeasureCreate', description: 'A new measure; its baseline lies inside its period.' });
export type MeasureCreate = z.infer<typeof MeasureCreateSchema>;

export const MeasureUpdateSchema = z
  .strictObject({
    name: name.optional(),
    definition: definition.optional(),
    unit: unit.optional(),
    betterDirection: BetterDirectionSchema.optional(),
    ruleSet: RunChartRuleSetSchema.optional(),
    periodStart: CalendarDateSchema.optional(),
    periodEnd: CalendarDateSchema.optional(),
    baselineStart: CalendarDateSchema.optional(),
    baselineEnd: CalendarDateSchema.optional(),
    rebaselines: rebaselines.optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'MeasureUpdate', description: 'Changes to a measure; its points must stay inside its period.' });
export type MeasureUpdate = z.infer<typeof MeasureUpdateSchema>;

export const MeasureValueSchema = z
  .number()
  .min(-measureValueBound, `Een waarde ligt tussen -${measureValueBound} en ${measureValueBound}.`)
  .max(measureValueBound, `Een waarde ligt tussen -${measureValueBound} en ${measureValueBound}.`);

export const MeasurePointInputSchema = z
  .strictObject({
    date: CalendarDateSchema,
    value: MeasureValueSchema,
    note: z.string().trim().max(500).default(''),
  })
  .meta({ id: 'MeasurePointInput', description: "A data point: one per date, inside the measure's period." });
export type MeasurePointInput = z.infer<typeof MeasurePointInputSchema>;

export const MeasurePointUpdateSchema = z
  .strictObject({
    date: CalendarDateSchema.optional(),
    value: MeasureValueSchema.optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'MeasurePointUpdate' });
export type MeasurePointUpdate = z.infer<typeof MeasurePointUpdateSchema>;

export const MeasureImportSchema = z
  .strictObject({
    csv: z.string().max(200_000).meta({
      description: 'Rows "date;value;note" (or comma-separated); a header row is allowed; decimal comma with ";".',
    }),
    dryRun: z
      .boolean()
      .default(true)
      .meta({ description: 'true: only the preview; false: store if every row is valid.' }),
  })
  .meta({ id: 'MeasureImport' });
export type MeasureImport = z.infer<typeof MeasureImportSchema>;

export const MeasureImportRowSchema = z
  .object({
    line: z.number().int().min(1),
    raw: z.string().meta({ description: 'The row as read.' }),
    date: CalendarDateSchema.optional().meta({ description: 'Absent when the row has no valid date.' }),
    value: z.number().nullable(),
    note: z.string(),
    errors: z.array(z.object({ field: z.enum(['date', 'value', 'note', 'row']), reason: z.string() })),
  })
  .meta({ id: 'MeasureImportRow' });
export type MeasureImportRow = z.infer<typeof MeasureImportRowSchema>;

export const MeasureImportResultSchema = z
  .object({
    rows: z.array(MeasureImportRowSchema),
    valid: z.boolean().meta({ description: 'Every row is valid.' }),
    stored: z.boolean().meta({ description: 'The rows were stored (only when valid and not a dry run).' }),
    measure: MeasureSchema.optional().meta({ description: 'The measure after storing.' }),
  })
  .meta({ id: 'MeasureImportResult', description: 'The preview of an import, with per-row errors.' });
export type MeasureImportResult = z.infer<typeof MeasureImportResultSchema>;

export const MeasureListQuerySchema = z.strictObject({
  agreementId: IdSchema,
  iterationId: IdSchema.optional().meta({ description: 'Only the measures of this iteration.' }),
});
export const MeasureIdParamsSchema = z.strictObject({ measureId: IdSchema });
export const MeasurePointParamsSchema = z.strictObject({ measureId: IdSchema, pointId: IdSchema });
