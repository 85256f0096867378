import { AccessLogQuerySchema } from '@leerkring/domain';
import { z } from 'zod';
import { filterValue } from '../../lib/form';

/** A `datetime-local` value (the reader's time) as an ISO moment in UTC; undefined when empty or invalid. */
export function toIsoMoment(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A moment picked in a `datetime-local` field, as the domain's rule for the query parameter takes it. */
const momentValue = <Moment extends z.ZodType<unknown, string | undefined>>(momentSchema: Moment) =>
  z.string().transform(toIsoMoment).pipe(momentSchema);

/**
 * The access log's filters as the form holds them (a person as picked, text, a datetime in the reader's time), checked
 * by the domain's rules for the log's query.
 */
export const accessLogFilterSchema = z.object({
  person: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .transform((option) => option?.id)
    .pipe(AccessLogQuerySchema.shape.personId),
  recordType: filterValue(AccessLogQuerySchema.shape.recordType),
  event: filterValue(AccessLogQuerySchema.shape.event),
  from: momentValue(AccessLogQuerySchema.shape.from),
  until: momentValue(AccessLogQuerySchema.shape.until),
});
export type AccessLogFilters = Omit<z.output<typeof accessLogFilterSchema>, 'person'> & {
  personId?: string | undefined;
};
