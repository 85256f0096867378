import { defineOperation } from '../api/operation.js';
import {
  LearningGroupCreateSchema,
  LearningGroupDetailSchema,
  LearningGroupIdParamsSchema,
  LearningGroupListQuerySchema,
  LearningGroupMemberCreateSchema,
  LearningGroupMemberParamsSchema,
  LearningGroupMemberSchema,
  LearningGroupPageSchema,
  LearningGroupUpdateSchema,
} from './schema.js';

const tag = 'Learning groups';

export const listLearningGroups = defineOperation({
  operationId: 'listLearningGroups',
  method: 'GET',
  path: '/learning-groups',
  summary: 'List learning groups',
  tag,
  query: LearningGroupListQuerySchema,
  success: { status: 200, description: 'A page of learning groups.', schema: LearningGroupPageSchema, paged: true },
  errors: [401],
  access: { permission: 'learning-group:read' },
});

export const getLearningGroup = defineOperation({
  operationId: 'getLearningGroup',
  method: 'GET',
  path: '/learning-groups/{learningGroupId}',
  summary: 'Get a learning group',
  description: 'For its members and administrators; anyone else gets 404.',
  tag,
  params: LearningGroupIdParamsSchema,
  success: { status: 200, description: 'The group with its regions and members.', schema: LearningGroupDetailSchema },
  errors: [401, 404],
  access: { permission: 'learning-group:read' },
});

export const createLearningGroup = defineOperation({
  operationId: 'createLearningGroup',
  method: 'POST',
  path: '/learning-groups',
  summary: 'Start a learning group',
  description: 'Its members and their regions are added afterwards.',
  tag,
  body: LearningGroupCreateSchema,
  success: { status: 201, description: 'The group as stored.', schema: LearningGroupDetailSchema, location: true },
  errors: [401, 403, 409, 413, 415, 422],
  access: { permission: 'learning-group:create' },
});

export const updateLearningGroup = defineOperation({
  operationId: 'updateLearningGroup',
  method: 'PATCH',
  path: '/learning-groups/{learningGroupId}',
  summary: 'Change a learning group or its regions',
  description: 'For administrators and the group’s coordinator; its other members get 403, anyone else 404.',
  tag,
  params: LearningGroupIdParamsSchema,
  body: LearningGroupUpdateSchema,
  success: { status: 200, description: 'The group as stored.', schema: LearningGroupDetailSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'learning-group:write' },
});

export const addLearningGroupMember = defineOperation({
  operationId: 'addLearningGroupMember',
  method: 'POST',
  path: '/learning-groups/{learningGroupId}/members',
  summary: 'Add a member, naming the region they represent',
  description:
    'A membership in the group’s context. Never to oneself (403). 409 when the person already holds the role here.',
  tag,
  params: LearningGroupIdParamsSchema,
  body: LearningGroupMemberCreateSchema,
  success: { status: 201, description: 'The member as stored.', schema: LearningGroupMemberSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'learning-group:write' },
  purpose: 'Beheer van leden van een leergroep',
});

export const removeLearningGroupMember = defineOperation({
  operationId: 'removeLearningGroupMember',
  method: 'DELETE',
  path: '/learning-groups/{learningGroupId}/members/{membershipId}',
  summary: 'Remove a member from the group',
  tag,
  params: LearningGroupMemberParamsSchema,
  success: { status: 204, description: 'The membership is gone.' },
  errors: [401, 403, 404],
  access: { permission: 'learning-group:write' },
  purpose: 'Beheer van leden van een leergroep',
});
