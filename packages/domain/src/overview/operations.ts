import { defineOperation } from '../api/operation.js';
import { OverviewSchema } from './schema.js';

export const getOverview = defineOperation({
  operationId: 'getOverview',
  method: 'GET',
  path: '/overview',
  summary: 'Get the overview',
  description: 'Counts for the start page, of what the caller may see.',
  tag: 'Overview',
  success: { status: 200, description: 'The counts.', schema: OverviewSchema },
  errors: [401],
  access: { permission: 'overview:read' },
});
