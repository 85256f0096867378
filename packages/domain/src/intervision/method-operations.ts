import { defineOperation } from '../api/operation.js';
import {
  IntervisionMethodCreateSchema,
  IntervisionMethodIdParamsSchema,
  IntervisionMethodListSchema,
  IntervisionMethodSchema,
  IntervisionMethodUpdateSchema,
} from './method-schema.js';

const tag = 'Intervision methods';

export const listIntervisionMethods = defineOperation({
  operationId: 'listIntervisionMethods',
  method: 'GET',
  path: '/intervision-methods',
  summary: 'List intervision methods',
  tag,
  success: { status: 200, description: 'Every method, by code.', schema: IntervisionMethodListSchema },
  errors: [401],
  access: { permission: 'method:read' },
});

export const getIntervisionMethod = defineOperation({
  operationId: 'getIntervisionMethod',
  method: 'GET',
  path: '/intervision-methods/{methodId}',
  summary: 'Get an intervision method',
  tag,
  params: IntervisionMethodIdParamsSchema,
  success: { status: 200, description: 'The method with its phases.', schema: IntervisionMethodSchema },
  errors: [401, 404],
  access: { permission: 'method:read' },
});

export const createIntervisionMethod = defineOperation({
  operationId: 'createIntervisionMethod',
  method: 'POST',
  path: '/intervision-methods',
  summary: 'Add an intervision method',
  tag,
  body: IntervisionMethodCreateSchema,
  success: { status: 201, description: 'The method as stored.', schema: IntervisionMethodSchema, location: true },
  errors: [401, 403, 409, 413, 415],
  access: { permission: 'method:write' },
});

export const updateIntervisionMethod = defineOperation({
  operationId: 'updateIntervisionMethod',
  method: 'PATCH',
  path: '/intervision-methods/{methodId}',
  summary: 'Change an intervision method',
  description:
    'Sessions copy the phases of their method when they are planned: a change applies to sessions planned afterwards.',
  tag,
  params: IntervisionMethodIdParamsSchema,
  body: IntervisionMethodUpdateSchema,
  success: { status: 200, description: 'The method as stored.', schema: IntervisionMethodSchema },
  errors: [401, 403, 404, 413, 415],
  access: { permission: 'method:write' },
});
