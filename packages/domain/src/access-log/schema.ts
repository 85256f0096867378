import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';

/** NEN 7513 event types. */
export const AccessEventSchema = z
  .enum(['create', 'read', 'update', 'delete', 'search', 'export', 'print'])
  .meta({ id: 'AccessEvent', description: 'What was done to the record (NEN 7513 event type).' });
export type AccessEvent = z.infer<typeof AccessEventSchema>;

export const AccessResultSchema = z.enum(['success', 'denied', 'failed']).meta({ id: 'AccessResult' });
export type AccessResult = z.infer<typeof AccessResultSchema>;

export const AccessLogEntrySchema = z
  .object({
    id: IdSchema,
    occurredAt: TimestampSchema.meta({ description: 'When, in UTC.' }),
    event: AccessEventSchema,
    recordType: z.string().meta({ description: 'The kind of record, e.g. person, case, lesson.' }),
    recordId: z.string().nullable().meta({ description: 'The record; null for a search or export over many.' }),
    recordOwnerId: IdSchema.nullable().meta({
      description: 'Whose record it is: the person it concerns or who brought it in.',
    }),
    personId: IdSchema.nullable(),
    personName: z.string().nullable(),
    role: z.string().meta({ description: 'The role the person acted in (admin, or a context role).' }),
    organisationId: IdSchema.nullable(),
    organisationName: z.string().nullable(),
    onBehalfOf: z
      .string()
      .nullable()
      .meta({ description: 'On whose behalf, when not their own (e.g. an API token integration).' }),
    purpose: z
      .string()
      .meta({ description: "Why: the route's declared purpose, or the one the client gave in `Access-Purpose`." }),
    result: AccessResultSchema,
    requestId: z.string().nullable(),
  })
  .meta({
    id: 'AccessLogEntry',
    description: 'Toegangslog: who did what to which record, when, in which role, on whose behalf and why (NEN 7513).',
  });
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

export const AccessLogQuerySchema = PageQuerySchema.extend({
  personId: IdSchema.optional(),
  recordType: z.string().trim().min(1).max(60).optional(),
  recordId: z.string().trim().min(1).max(100).optional(),
  event: AccessEventSchema.optional(),
  from: TimestampSchema.optional().meta({ description: 'From this moment (inclusive).' }),
  until: TimestampSchema.optional().meta({ description: 'Until this moment (exclusive).' }),
});
export type AccessLogQuery = z.infer<typeof AccessLogQuerySchema>;
export const AccessLogExportQuerySchema = AccessLogQuerySchema.omit({ page: true, pageSize: true });
export type AccessLogExportQuery = z.infer<typeof AccessLogExportQuerySchema>;
export const AccessLogPageSchema = pageOf(AccessLogEntrySchema).meta({ id: 'AccessLogPage' });

/** The CSV columns of an export, in order. */
export const accessLogCsvColumns = [
  'occurredAt',
  'event',
  'recordType',
  'recordId',
  'recordOwnerId',
  'personId',
  'personName',
  'role',
  'organisationId',
  'organisationName',
  'onBehalfOf',
  'purpose',
  'result',
  'requestId',
] as const satisfies readonly (keyof AccessLogEntry)[];
