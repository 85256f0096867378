import { IterationCreateSchema } from '@leerkring/domain';
import { z } from 'zod';

/** A new iteration: the domain's rules, with the start date left empty for none. */
export const iterationFormSchema = IterationCreateSchema.extend({
  startDate: z
    .string()
    .transform((date) => date || undefined)
    .pipe(IterationCreateSchema.shape.startDate),
});
