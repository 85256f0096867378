import { AgreementVersionInForceSchema, ConsentCreateSchema } from '@leerkring/domain';
import { z } from 'zod';

/**
 * A stance as the form holds it (none chosen is '', a reason as typed): the domain's rules for a stance decide, an
 * empty reason is left out.
 */
export const stanceFormSchema = z
  .object({ stance: z.string(), reason: z.string() })
  .transform(({ stance, reason }) => ({ stance, ...(reason.trim() ? { reason } : {}) }))
  .pipe(ConsentCreateSchema);

/**
 * Putting a version in force as the form holds it (dates as typed, '' for none): the domain's rules decide; a review
 * date left empty is missing, a start date left empty is today.
 */
export const inForceFormSchema = z
  .object({ as: z.string(), reviewDate: z.string(), validFrom: z.string() })
  .transform(({ as, reviewDate, validFrom }) => ({
    as,
    reviewDate: reviewDate || undefined,
    ...(validFrom ? { validFrom } : {}),
  }))
  .pipe(AgreementVersionInForceSchema);
