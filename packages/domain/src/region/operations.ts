import { defineOperation } from '../api/operation.js';
import {
  RegionCreateSchema,
  RegionIdParamsSchema,
  RegionListQuerySchema,
  RegionPageSchema,
  RegionSchema,
  RegionUpdateSchema,
} from './schema.js';

const tag = 'Regions';

export const listRegions = defineOperation({
  operationId: 'listRegions',
  method: 'GET',
  path: '/regions',
  summary: 'List regions',
  description: "Regio's with their municipalities.",
  tag,
  query: RegionListQuerySchema,
  success: { status: 200, description: 'A page of regions.', schema: RegionPageSchema, paged: true },
  errors: [401],
  access: { permission: 'region:read' },
});

export const getRegion = defineOperation({
  operationId: 'getRegion',
  method: 'GET',
  path: '/regions/{regionId}',
  summary: 'Get a region',
  tag,
  params: RegionIdParamsSchema,
  success: { status: 200, description: 'The region.', schema: RegionSchema },
  errors: [401, 404],
  access: { permission: 'region:read' },
});

export const createRegion = defineOperation({
  operationId: 'createRegion',
  method: 'POST',
  path: '/regions',
  summary: 'Add a region',
  tag,
  body: RegionCreateSchema,
  success: { status: 201, description: 'The region as stored.', schema: RegionSchema, location: true },
  errors: [401, 403, 409, 413, 415, 422],
  access: { permission: 'region:write' },
});

export const updateRegion = defineOperation({
  operationId: 'updateRegion',
  method: 'PATCH',
  path: '/regions/{regionId}',
  summary: 'Change a region',
  description: 'Changes the name, or replaces the list of municipalities.',
  tag,
  params: RegionIdParamsSchema,
  body: RegionUpdateSchema,
  success: { status: 200, description: 'The region as stored.', schema: RegionSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'region:write' },
});
