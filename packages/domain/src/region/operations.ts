import { defineOperation } from '../api/operation.js';
import { RegionIdParamsSchema, RegionListQuerySchema, RegionPageSchema, RegionSchema } from './schema.js';

const tag = 'Regions';

export const listRegions = defineOperation({
  operationId: 'listRegions',
  method: 'GET',
  path: '/regions',
  summary: 'List regions',
  description: 'Regio\'s with their municipalities.',
  tag,
  query: RegionListQuerySchema,
  success: { status: 200, description: 'A page of regions.', schema: RegionPageSchema, paged: true },
  errors: [],
  access: { public: true },
});

export const getRegion = defineOperation({
  operationId: 'getRegion',
  method: 'GET',
  path: '/regions/{regionId}',
  summary: 'Get a region',
  tag,
  params: RegionIdParamsSchema,
  success: { status: 200, description: 'The region.', schema: RegionSchema },
  errors: [404],
  access: { public: true },
});
