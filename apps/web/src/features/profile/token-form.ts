import { ApiTokenCreateSchema } from '@leerkring/domain';
import { z } from 'zod';

/** A new API token: the domain's rules, with the days until it expires as the select holds them (text). */
export const tokenFormSchema = ApiTokenCreateSchema.extend({
  expiresInDays: z.string().transform(Number).pipe(ApiTokenCreateSchema.shape.expiresInDays.unwrap()),
});
