import { defineOperation } from '../api/operation.js';
import { LearningGroupListQuerySchema, LearningGroupPageSchema } from './schema.js';

export const listLearningGroups = defineOperation({
  operationId: 'listLearningGroups',
  method: 'GET',
  path: '/learning-groups',
  summary: 'List learning groups',
  tag: 'Learning groups',
  query: LearningGroupListQuerySchema,
  success: { status: 200, description: 'A page of learning groups.', schema: LearningGroupPageSchema, paged: true },
  errors: [401],
  access: { permission: 'learning-group:read' },
});
