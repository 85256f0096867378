import { defineOperation } from '../api/operation.js';
import { WorkListSchema } from './schema.js';

export const getMyWork = defineOperation({
  operationId: 'getMyWork',
  method: 'GET',
  path: '/me/work',
  summary: 'Get my work list',
  description:
    'What waits for the caller: their next sessions, open actions, proposals their organisation still has to give a stance on, versions due for review and concepts they may edit. Only of the bouwteams and learning groups they take part in.',
  tag: 'Work',
  success: { status: 200, description: 'The work list.', schema: WorkListSchema },
  errors: [401],
  access: { permission: 'work:read' },
});
