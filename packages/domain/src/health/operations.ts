import { defineOperation } from '../api/operation.js';
import { HealthSchema } from './schema.js';

export const getHealth = defineOperation({
  operationId: 'getHealth',
  method: 'GET',
  path: '/health',
  summary: 'Check health',
  description: 'Answers 200 when the database is reachable, 503 otherwise.',
  tag: 'Health',
  success: { status: 200, description: 'The API and its database are reachable.', schema: HealthSchema },
  errors: [503],
  access: { public: true },
});
