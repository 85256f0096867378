import { defineOperation } from '../api/operation.js';
import { MembershipCreateSchema, MembershipIdParamsSchema, MembershipListQuerySchema, MembershipPageSchema, MembershipSchema } from './schema.js';

const tag = 'Memberships';
const purpose = 'Beheer van rollen per context';

export const listMemberships = defineOperation({
  operationId: 'listMemberships',
  method: 'GET',
  path: '/memberships',
  summary: 'List memberships',
  description: 'Roles of people per context, filterable by person, context and role.',
  tag,
  query: MembershipListQuerySchema,
  success: { status: 200, description: 'A page of memberships.', schema: MembershipPageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'membership:read' },
  purpose,
});

export const createMembership = defineOperation({
  operationId: 'createMembership',
  method: 'POST',
  path: '/memberships',
  summary: 'Give a person a role in a context',
  tag,
  body: MembershipCreateSchema,
  success: { status: 201, description: 'The membership as stored.', schema: MembershipSchema, location: true },
  errors: [401, 403, 409, 413, 415, 422],
  access: { permission: 'membership:write' },
  purpose,
});

export const deleteMembership = defineOperation({
  operationId: 'deleteMembership',
  method: 'DELETE',
  path: '/memberships/{membershipId}',
  summary: 'Take a role away',
  tag,
  params: MembershipIdParamsSchema,
  success: { status: 204, description: 'The membership is gone.' },
  errors: [401, 403, 404],
  access: { permission: 'membership:write' },
  purpose,
});
