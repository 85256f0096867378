import { defineOperation } from '../api/operation.js';
import {
  SystemObstacleCreateSchema,
  SystemObstacleIdParamsSchema,
  SystemObstacleListQuerySchema,
  SystemObstaclePageSchema,
  SystemObstacleSchema,
  SystemObstacleUpdateSchema,
} from './schema.js';

const tag = 'System obstacles';
const purpose = 'Systeemhobbels signaleren en escaleren';

export const listSystemObstacles = defineOperation({
  operationId: 'listSystemObstacles',
  method: 'GET',
  path: '/system-obstacles',
  summary: 'List system obstacles',
  tag,
  query: SystemObstacleListQuerySchema,
  success: { status: 200, description: 'A page of obstacles.', schema: SystemObstaclePageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'obstacle:read' },
  purpose,
});

export const createSystemObstacle = defineOperation({
  operationId: 'createSystemObstacle',
  method: 'POST',
  path: '/system-obstacles',
  summary: 'Record a system obstacle',
  tag,
  body: SystemObstacleCreateSchema,
  success: { status: 201, description: 'The obstacle as stored.', schema: SystemObstacleSchema, location: true },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'obstacle:write' },
  purpose,
});

export const updateSystemObstacle = defineOperation({
  operationId: 'updateSystemObstacle',
  method: 'PATCH',
  path: '/system-obstacles/{obstacleId}',
  summary: 'Change or escalate a system obstacle',
  tag,
  params: SystemObstacleIdParamsSchema,
  body: SystemObstacleUpdateSchema,
  success: { status: 200, description: 'The obstacle as stored.', schema: SystemObstacleSchema },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'obstacle:write' },
  purpose,
});
