import { z } from 'zod';
import { IdSchema } from '../common/schema.js';
import { PositiveHealthDimensionSchema } from '../vocabulary/positive-health.js';

/** Cells with fewer cases than this are not shown, so no situation can be recognised. */
export const smallCellThreshold = 5;

export const QuestionShiftCellSchema = z
  .object({
    presenting: PositiveHealthDimensionSchema,
    underlying: PositiveHealthDimensionSchema,
    count: z.number().int().min(0).nullable().meta({ description: 'Null when suppressed (fewer than 5 cases).' }),
    suppressed: z.boolean(),
  })
  .meta({ id: 'QuestionShiftCell' });

export const QuestionShiftInsightSchema = z
  .object({
    totalCases: z.number().int().min(0),
    casesWithBoth: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Cases with both a presenting and an underlying dimension.' }),
    threshold: z.number().int(),
    cells: z.array(QuestionShiftCellSchema),
  })
  .meta({
    id: 'QuestionShiftInsight',
    description:
      'Where presenting questions turn out to rest: counts per presenting × underlying dimension, small cells suppressed.',
  });
export type QuestionShiftInsight = z.infer<typeof QuestionShiftInsightSchema>;

export const QuestionShiftQuerySchema = z.strictObject({
  buildingTeamId: IdSchema.optional().meta({
    description: 'One bouwteam; otherwise every bouwteam the caller may see.',
  }),
});
