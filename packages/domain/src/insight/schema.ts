import { z } from 'zod';
import { CalendarDateSchema, IdSchema } from '../common/schema.js';
import { codesOf, LabelSchema, type Term } from '../vocabulary/label.js';
import { disclosureCellThreshold, disclosurePopulationThreshold } from './disclosure.js';

/** Cells with fewer cases than this are not shown, so no situation can be recognised. */
export const smallCellThreshold = disclosureCellThreshold;

/** The insights there are; each is one table of counts, published through the disclosure rule. */
export const insightKinds = [
  {
    code: 'question-shifts',
    label: { nl: 'Verschuiving van de vraag (Positieve Gezondheid)', en: 'Question shifts (Positive Health)' },
  },
  {
    code: 'life-domain-shifts',
    label: { nl: 'Verschuiving van de vraag (leefdomeinen)', en: 'Question shifts (life domains)' },
  },
  { code: 'professionals-per-case', label: { nl: 'Professionals per casus', en: 'Professionals per case' } },
  { code: 'legal-frameworks', label: { nl: 'Geraakte wetten', en: 'Legal frameworks touched' } },
  {
    code: 'system-obstacles',
    label: { nl: 'Systeemhobbels per wet en status', en: 'System obstacles by framework and status' },
  },
  { code: 'lessons-per-theme', label: { nl: 'Lessen per thema door de tijd', en: 'Lessons per theme over time' } },
] as const satisfies readonly Term[];

export const InsightKindSchema = z
  .enum(codesOf(insightKinds))
  .meta({ id: 'InsightKind', description: 'Which insight: one table of counts.' });
export type InsightKind = z.infer<typeof InsightKindSchema>;

/** What a population is made of: the cases of the insight, or the obstacles or lessons drawn from them. */
export const InsightUnitSchema = z.enum(['case', 'system-obstacle', 'lesson']).meta({ id: 'InsightUnit' });
export type InsightUnit = z.infer<typeof InsightUnitSchema>;

export const InsightFiltersSchema = z.strictObject({
  buildingTeamId: IdSchema.optional().meta({
    description: 'One bouwteam; otherwise every bouwteam the caller may see.',
  }),
  regionId: IdSchema.optional().meta({ description: 'The bouwteams of the municipalities of one region.' }),
  from: CalendarDateSchema.optional().meta({ description: 'Recorded on or after this date.' }),
  to: CalendarDateSchema.optional().meta({ description: 'Recorded on or before this date.' }),
});
export type InsightFilters = z.infer<typeof InsightFiltersSchema>;

const periodInOrder = {
  check: (query: { from?: string | undefined; to?: string | undefined }) =>
    !query.from || !query.to || query.from <= query.to,
  error: { message: 'De begindatum ligt na de einddatum.', path: ['from'] },
};

export const InsightQuerySchema = InsightFiltersSchema.refine(periodInOrder.check, periodInOrder.error);

export const InsightExportQuerySchema = InsightFiltersSchema.extend({
  language: z
    .enum(['nl', 'en'])
    .default('nl')
    .meta({ description: 'The language of the headers and the first sheet.' }),
}).refine(periodInOrder.check, periodInOrder.error);

export const InsightParamsSchema = z.strictObject({ insight: InsightKindSchema });

/** The mark for a suppressed count, the same whatever the reason, so that the reason tells nothing either. */
export const suppressedMark = 'x';

export const DisclosedCountSchema = z
  .object({
    count: z.number().int().min(0).nullable().meta({ description: 'Null when suppressed.' }),
    suppressed: z.boolean().meta({
      description:
        'Not shown: a count of 1–4, or a count left out so that no small count can be worked out from the totals ' +
        'and the other cells. Which of the two is not told, as that would narrow the possible values again.',
    }),
  })
  .meta({ id: 'DisclosedCount' });
export type PublishedCount = z.infer<typeof DisclosedCountSchema>;

export const InsightHeaderSchema = z
  .object({ code: z.string(), label: LabelSchema })
  .meta({ id: 'InsightHeader', description: 'A row or column of an insight table.' });
export type InsightHeader = z.infer<typeof InsightHeaderSchema>;

export const InsightTableSchema = z
  .object({
    rowTitle: LabelSchema,
    columnTitle: LabelSchema,
    rows: z.array(InsightHeaderSchema),
    columns: z.array(InsightHeaderSchema),
    cells: z.array(z.array(DisclosedCountSchema)).meta({ description: 'cells[row][column].' }),
    rowTotals: z.array(DisclosedCountSchema),
    columnTotals: z.array(DisclosedCountSchema),
    total: DisclosedCountSchema,
  })
  .meta({
    id: 'InsightTable',
    description:
      'Counts per row × column with their totals (the sums of the cells; a record with several values counts in each).',
  });
export type InsightTable = z.infer<typeof InsightTableSchema>;

export const DisclosureRulesSchema = z
  .object({
    cellThreshold: z.number().int().meta({ description: 'Counts from 1 to this minus one are suppressed.' }),
    populationThreshold: z.number().int().meta({ description: 'Fewer records than this: nothing is shown.' }),
  })
  .meta({ id: 'DisclosureRules' });

export const disclosureRules = {
  cellThreshold: disclosureCellThreshold,
  populationThreshold: disclosurePopulationThreshold,
} as const;

export const InsightSchema = z
  .object({
    insight: InsightKindSchema,
    title: LabelSchema,
    unit: InsightUnitSchema,
    filters: InsightFiltersSchema,
    outcome: z.enum(['shown', 'too-small']).meta({
      description: 'too-small: the population is below the threshold; then nothing else is told.',
    }),
    population: z.number().int().min(0).nullable().meta({ description: 'How many records; null when too small.' }),
    table: InsightTableSchema.nullable(),
    rules: DisclosureRulesSchema,
  })
  .meta({
    id: 'Insight',
    description:
      'Aggregated insight, published through disclosure control: small counts suppressed, complementary suppression, ' +
      'nothing for a population below 10.',
  });
export type Insight = z.infer<typeof InsightSchema>;
