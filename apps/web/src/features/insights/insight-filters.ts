import { InsightFiltersSchema, InsightKindSchema } from '@leerkring/domain';
import { z } from 'zod';
import { filterValue } from '../../lib/form';

/**
 * The insight page's filters as the URL and the form hold them, checked by the domain's rules for the insight query
 * (the period in order, as the API checks it).
 */
export const insightFilterSchema = z
  .object({
    inzicht: z.string().pipe(InsightKindSchema),
    regio: filterValue(InsightFiltersSchema.shape.regionId),
    van: filterValue(InsightFiltersSchema.shape.from),
    tot: filterValue(InsightFiltersSchema.shape.to),
  })
  .refine((filters) => !filters.van || !filters.tot || filters.van <= filters.tot, {
    message: 'De begindatum ligt na de einddatum.',
    path: ['van'],
  });
