import { defineOperation } from '../api/operation.js';
import {
  MeasureCreateSchema,
  MeasureIdParamsSchema,
  MeasureImportResultSchema,
  MeasureImportSchema,
  MeasureListQuerySchema,
  MeasureListSchema,
  MeasurePointInputSchema,
  MeasurePointParamsSchema,
  MeasurePointUpdateSchema,
  MeasureSchema,
  MeasureUpdateSchema,
} from './schema.js';

const tag = 'Measures';
const purpose = 'Afspraken in de praktijk toetsen (actieonderzoek)';

export const listMeasures = defineOperation({
  operationId: 'listMeasures',
  method: 'GET',
  path: '/measures',
  summary: 'List the measures of an agreement or an iteration',
  description:
    "With agreementId: every measure of the agreement and its iterations; with iterationId as well: only that iteration's.",
  tag,
  query: MeasureListQuerySchema,
  success: { status: 200, description: 'The measures with their points and analysis.', schema: MeasureListSchema },
  errors: [400, 401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const getMeasure = defineOperation({
  operationId: 'getMeasure',
  method: 'GET',
  path: '/measures/{measureId}',
  summary: 'Get a measure with its run-chart analysis',
  tag,
  params: MeasureIdParamsSchema,
  success: { status: 200, description: 'The measure.', schema: MeasureSchema },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const createMeasure = defineOperation({
  operationId: 'createMeasure',
  method: 'POST',
  path: '/measures',
  summary: 'Define a measure',
  description: 'An indicator on an agreement or one of its iterations: name, operational definition, unit, periods.',
  tag,
  body: MeasureCreateSchema,
  success: { status: 201, description: 'The measure as stored.', schema: MeasureSchema, location: true },
  errors: [400, 401, 403, 404, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const updateMeasure = defineOperation({
  operationId: 'updateMeasure',
  method: 'PATCH',
  path: '/measures/{measureId}',
  summary: 'Change a measure',
  tag,
  params: MeasureIdParamsSchema,
  body: MeasureUpdateSchema,
  success: { status: 200, description: 'The measure as stored.', schema: MeasureSchema },
  errors: [400, 401, 403, 404, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const deleteMeasure = defineOperation({
  operationId: 'deleteMeasure',
  method: 'DELETE',
  path: '/measures/{measureId}',
  summary: 'Delete a measure and its points',
  tag,
  params: MeasureIdParamsSchema,
  success: { status: 204, description: 'The measure is gone.' },
  errors: [401, 403, 404],
  access: { permission: 'agreement:write' },
  purpose,
});

export const createMeasurePoint = defineOperation({
  operationId: 'createMeasurePoint',
  method: 'POST',
  path: '/measures/{measureId}/points',
  summary: 'Add a data point',
  description: "One point per date, inside the measure's period; a bad point answers 422 naming it.",
  tag,
  params: MeasureIdParamsSchema,
  body: MeasurePointInputSchema,
  success: { status: 200, description: 'The measure with the new point and its analysis.', schema: MeasureSchema },
  errors: [400, 401, 403, 404, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const updateMeasurePoint = defineOperation({
  operationId: 'updateMeasurePoint',
  method: 'PATCH',
  path: '/measures/{measureId}/points/{pointId}',
  summary: 'Change a data point',
  tag,
  params: MeasurePointParamsSchema,
  body: MeasurePointUpdateSchema,
  success: { status: 200, description: 'The measure with the changed point and its analysis.', schema: MeasureSchema },
  errors: [400, 401, 403, 404, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const deleteMeasurePoint = defineOperation({
  operationId: 'deleteMeasurePoint',
  method: 'DELETE',
  path: '/measures/{measureId}/points/{pointId}',
  summary: 'Delete a data point',
  tag,
  params: MeasurePointParamsSchema,
  success: { status: 204, description: 'The point is gone.' },
  errors: [401, 403, 404],
  access: { permission: 'agreement:write' },
  purpose,
});

export const importMeasurePoints = defineOperation({
  operationId: 'importMeasurePoints',
  method: 'POST',
  path: '/measures/{measureId}/point-imports',
  summary: 'Import data points from CSV',
  description:
    'A preview with per-row errors (dryRun true, the default); with dryRun false the rows are stored only if every row is valid, else 422 naming each bad row.',
  tag,
  params: MeasureIdParamsSchema,
  body: MeasureImportSchema,
  success: { status: 200, description: 'The preview, and the measure when stored.', schema: MeasureImportResultSchema },
  errors: [400, 401, 403, 404, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});
