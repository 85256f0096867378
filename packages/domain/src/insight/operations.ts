import { defineOperation, xlsxMediaType } from '../api/operation.js';
import { InsightExportQuerySchema, InsightParamsSchema, InsightQuerySchema, InsightSchema } from './schema.js';

const tag = 'Insights';
const purpose = 'Geaggregeerd inzicht uit casuïstiek';
const disclosure =
  'Through disclosure control: a count of 1–4 is suppressed, and further counts where needed so that no suppressed ' +
  'count can be worked out from the totals and the other cells (each shown as `x`, whatever the reason); a population ' +
  'below 10 answers only `outcome: too-small`; a filter whose population differs by 1–4 from the same query without ' +
  'that filter is refused with 422 `INSIGHT_DIFFERENCING` naming the filter (differencing). Scoped to the bouwteams ' +
  'the caller may see. No narratives, no single case.';

export const getInsight = defineOperation({
  operationId: 'getInsight',
  method: 'GET',
  path: '/insights/{insight}',
  summary: 'One insight: a table of counts',
  description:
    'Aggregated insight for managers and partners: where presenting questions rest (Positieve Gezondheid and life ' +
    'domains), professionals per case, legal frameworks touched, system obstacles by framework and status, lessons ' +
    `per theme per quarter. ${disclosure}`,
  tag,
  params: InsightParamsSchema,
  query: InsightQuerySchema,
  success: { status: 200, description: 'The insight.', schema: InsightSchema },
  errors: [401, 403, 404, 422],
  access: { permission: 'insight:read' },
  purpose,
});

export const exportInsightXlsx = defineOperation({
  operationId: 'exportInsightXlsx',
  method: 'GET',
  path: '/insights/{insight}/xlsx',
  summary: 'Export one insight as XLSX',
  description:
    'A first sheet with the filters, the date and the disclosure rules applied, then the table: counts are number ' +
    `cells, a suppressed count is \`x\`, text that starts like a formula is prefixed with \`'\`. ${disclosure}`,
  tag,
  params: InsightParamsSchema,
  query: InsightExportQuerySchema,
  success: { status: 200, description: 'The workbook as an .xlsx file.', mediaType: xlsxMediaType },
  errors: [401, 403, 404, 422],
  access: { permission: 'insight:read' },
  purpose,
});

export const exportInsightCsv = defineOperation({
  operationId: 'exportInsightCsv',
  method: 'GET',
  path: '/insights/{insight}/csv',
  summary: 'Export one insight as CSV',
  description:
    'The table of the insight (UTF-8 with a byte order mark, `;` as separator, CRLF line ends), suppressed counts as ' +
    `\`x\`, text that starts like a formula prefixed with \`'\`. ${disclosure}`,
  tag,
  params: InsightParamsSchema,
  query: InsightExportQuerySchema,
  success: { status: 200, description: 'The table as CSV.', mediaType: 'text/csv' },
  errors: [401, 403, 404, 422],
  access: { permission: 'insight:read' },
  purpose,
});
