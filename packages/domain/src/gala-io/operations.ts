/* The contract of the spreadsheet import and export, the calendar and the e-mail digest of GALA plans. */
import { defineOperation, xlsxMediaType } from '../api/operation.js';
import {
  GalaCsvQuerySchema,
  GalaDigestSubscriptionSchema,
  GalaDigestSubscriptionUpdateSchema,
  GalaImportReportSchema,
  GalaRegionParamsSchema,
} from './schema.js';

const tag = 'GALA spreadsheets';
const purpose = 'Uitvoering van het Gezond en Actief Leven Akkoord in de regio volgen';
/** A 5,000-row workbook is about 200 kB; a region's plans fit well within this. */
export const galaImportMaxBytes = 5 * 1024 * 1024;
/**
 * What a workbook may unpack to (all its files together) and how many rows its sheets may hold: a 5,000-row workbook
 * unpacks to a few MB. Checked before and while reading, so a small "zip bomb" is refused before it fills the memory.
 */
export const galaImportMaxUnpackedBytes = 64 * 1024 * 1024;
export const galaImportMaxRows = 20_000;

export const getGalaImportTemplate = defineOperation({
  operationId: 'getGalaImportTemplate',
  method: 'GET',
  path: '/gala-import-template',
  summary: 'Download the GALA import template',
  description:
    'An XLSX file with the sheets Begroting, Mijlpalen and Acties, their column headers and one example row each.',
  tag,
  success: { status: 200, description: 'The template as an .xlsx file.', mediaType: xlsxMediaType },
  errors: [401, 403],
  access: { permission: 'gala-plan:read' },
});

export const exportGalaPlansXlsx = defineOperation({
  operationId: 'exportGalaPlansXlsx',
  method: 'GET',
  path: '/regions/{regionId}/gala-exports/xlsx',
  summary: "Export a region's GALA plans and dashboard as XLSX",
  description:
    'The sheets of the import template (so the file can be imported again) and the dashboard figures, one sheet per ' +
    "topic; amounts and years are numbers, dates are date cells, and text that starts like a formula is prefixed with `'`.",
  tag,
  params: GalaRegionParamsSchema,
  success: { status: 200, description: 'The workbook as an .xlsx file.', mediaType: xlsxMediaType },
  errors: [401, 403, 404],
  access: { permission: 'gala-plan:read' },
  purpose,
});

export const exportGalaPlansCsv = defineOperation({
  operationId: 'exportGalaPlansCsv',
  method: 'GET',
  path: '/regions/{regionId}/gala-exports/csv',
  summary: "Export one sheet of a region's GALA plans as CSV",
  description:
    'For Dutch Excel: UTF-8 with a byte order mark, `;` as separator, decimal comma, CRLF line ends; cells holding `;`, ' +
    '`"` or a line break are quoted, and text that starts like a formula is prefixed with `\'`.',
  tag,
  params: GalaRegionParamsSchema,
  query: GalaCsvQuerySchema,
  success: { status: 200, description: 'The sheet as CSV.', mediaType: 'text/csv' },
  errors: [401, 403, 404],
  access: { permission: 'gala-plan:read' },
  purpose,
});

const uploadDescription =
  `The workbook (.xlsx, at most ${galaImportMaxBytes / 1024 / 1024} MB, unpacking to at most ` +
  `${galaImportMaxUnpackedBytes / 1024 / 1024} MB and ${galaImportMaxRows} rows: more answers 413), sent as the raw body.`;

export const previewGalaImport = defineOperation({
  operationId: 'previewGalaImport',
  method: 'POST',
  path: '/regions/{regionId}/gala-import-previews',
  summary: 'Preview the import of a GALA workbook',
  description:
    'Reads the workbook and answers every wrong row and cell (sheet, row, column, reason) and what an import would ' +
    'create or replace. Stores nothing.',
  tag,
  params: GalaRegionParamsSchema,
  upload: { mediaType: xlsxMediaType, maxBytes: galaImportMaxBytes, description: uploadDescription },
  success: {
    status: 200,
    description: 'The errors, or the changes an import would make.',
    schema: GalaImportReportSchema,
  },
  errors: [401, 403, 404, 413, 415],
  access: { permission: 'gala-plan:write' },
  purpose,
});

export const importGalaPlans = defineOperation({
  operationId: 'importGalaPlans',
  method: 'POST',
  path: '/regions/{regionId}/gala-imports',
  summary: 'Import a GALA workbook',
  description:
    'All or nothing, in one transaction: when any row is wrong, answers 422 naming each (`Begroting!3 Gemeente`) and ' +
    'stores nothing. Otherwise creates a plan per municipality new to the file and replaces the budget, milestones and ' +
    'actions of the existing ones (their goals, chain approaches, partners and notes stay). Free text passes the privacy guard.',
  tag,
  params: GalaRegionParamsSchema,
  upload: { mediaType: xlsxMediaType, maxBytes: galaImportMaxBytes, description: uploadDescription },
  success: { status: 200, description: 'The plans created and changed.', schema: GalaImportReportSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'gala-plan:write' },
  purpose,
});

export const getGalaCalendar = defineOperation({
  operationId: 'getGalaCalendar',
  method: 'GET',
  path: '/regions/{regionId}/gala-calendar',
  summary: "Download a region's GALA milestones and voucher expiry dates as iCalendar",
  description:
    'An .ics file (RFC 5545) with an all-day event per milestone and per knowledge voucher expiry date; UIDs are stable, so a re-import updates the events.',
  tag,
  params: GalaRegionParamsSchema,
  success: { status: 200, description: 'The calendar.', mediaType: 'text/calendar' },
  errors: [401, 403, 404],
  access: { permission: 'gala-plan:read' },
  purpose,
});

export const getMyGalaDigest = defineOperation({
  operationId: 'getMyGalaDigest',
  method: 'GET',
  path: '/me/gala-digest',
  summary: 'Get my choice for the daily GALA e-mail digest',
  tag,
  success: { status: 200, description: 'The choice.', schema: GalaDigestSubscriptionSchema },
  errors: [401, 403],
  access: { permission: 'gala-plan:read' },
});

export const updateMyGalaDigest = defineOperation({
  operationId: 'updateMyGalaDigest',
  method: 'PUT',
  path: '/me/gala-digest',
  summary: 'Opt in to or out of the daily GALA e-mail digest',
  description:
    'The digest is sent once a day to the e-mail address of the person: the milestones overdue and due within 30 days ' +
    'and the vouchers expiring within 30 days of the regions they coordinate. Nothing is sent on a day without alerts.',
  tag,
  body: GalaDigestSubscriptionUpdateSchema,
  success: { status: 200, description: 'The choice as stored.', schema: GalaDigestSubscriptionSchema },
  errors: [401, 403, 413, 415],
  access: { permission: 'gala-plan:read' },
});

export const galaIoOperations = {
  getGalaImportTemplate,
  exportGalaPlansXlsx,
  exportGalaPlansCsv,
  previewGalaImport,
  importGalaPlans,
  getGalaCalendar,
  getMyGalaDigest,
  updateMyGalaDigest,
} as const;
