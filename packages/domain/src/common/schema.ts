import { z } from 'zod';

export const IdSchema = z
  .uuid()
  .meta({ description: 'A stable identifier (UUID).', example: '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10' });

/** A moment, always in UTC, as ISO 8601 with its offset. */
export const TimestampSchema = z.iso.datetime({ offset: true }).meta({ example: '2026-11-24T09:30:00Z' });

/** A calendar date without time (ISO 8601). */
export const CalendarDateSchema = z.iso.date().meta({ example: '2026-01-15' });

/** A name or title: trimmed, not empty. */
export const NameSchema = z
  .string()
  .trim()
  .min(2, 'Vul minstens 2 tekens in.')
  .max(200, 'Gebruik hoogstens 200 tekens.');

/** A path parameter that names a record by id. */
export function idParams<const Name extends string>(name: Name) {
  return z.strictObject({ [name]: IdSchema } as { [K in Name]: typeof IdSchema });
}

/** A short reference to another record, as shown in lists. */
export const ReferenceSchema = z
  .object({ id: IdSchema, name: z.string() })
  .meta({ id: 'Reference', description: 'A reference to another record: its id and name.' });
export type Reference = z.infer<typeof ReferenceSchema>;
