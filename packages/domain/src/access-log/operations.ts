import { defineOperation } from '../api/operation.js';
import { AccessLogExportQuerySchema, AccessLogPageSchema, AccessLogQuerySchema } from './schema.js';

const tag = 'Access log';

export const listAccessLog = defineOperation({
  operationId: 'listAccessLog',
  method: 'GET',
  path: '/access-log',
  summary: 'Browse the access log',
  description:
    'Toegangslog (NEN 7513), newest first, filterable by person, record, period and event type. Reading it is logged too.',
  tag,
  query: AccessLogQuerySchema,
  success: { status: 200, description: 'A page of entries.', schema: AccessLogPageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'access-log:read' },
  purpose: 'Controle op toegang (NEN 7513)',
});

export const exportAccessLog = defineOperation({
  operationId: 'exportAccessLog',
  method: 'GET',
  path: '/access-log/export',
  summary: 'Export the access log as CSV',
  tag,
  query: AccessLogExportQuerySchema,
  success: { status: 200, description: 'The matching entries as CSV (RFC 4180), oldest first.', mediaType: 'text/csv' },
  errors: [401, 403],
  access: { permission: 'access-log:export' },
  purpose: 'Controle op toegang (NEN 7513)',
});

export const listMyRecordAccess = defineOperation({
  operationId: 'listMyRecordAccess',
  method: 'GET',
  path: '/me/access-log',
  summary: 'Who accessed my records',
  description: 'Entries of the access log about records that concern me or that I brought in.',
  tag,
  query: AccessLogQuerySchema.omit({ personId: true }),
  success: { status: 200, description: 'A page of entries.', schema: AccessLogPageSchema, paged: true },
  errors: [401],
  access: { permission: 'profile:read' },
});
