import { defineOperation } from '../api/operation.js';
import {
  MembershipCreateSchema,
  MembershipIdParamsSchema,
  MembershipListQuerySchema,
  MembershipPageSchema,
  MembershipSchema,
} from './schema.js';

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
  description:
    'Never to oneself (403). A role that reads case narratives (partner, facilitator, experience expert, as the policy ' +
    'says) is created `pending` and confers nothing until a second administrator approves it.',
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

export const approveMembership = defineOperation({
  operationId: 'approveMembership',
  method: 'POST',
  path: '/memberships/{membershipId}/approval',
  summary: 'Approve a pending grant (four eyes)',
  description:
    'A role that reads case narratives confers rights only once a second administrator approves it: not the one who ' +
    'asked for it, and not the person it is for (403). 409 when the grant is not pending.',
  tag,
  params: MembershipIdParamsSchema,
  success: { status: 200, description: 'The membership, now active.', schema: MembershipSchema },
  errors: [401, 403, 404, 409],
  access: { permission: 'membership:write' },
  purpose: 'Vier-ogen-goedkeuring van een roltoekenning',
});

export const rejectMembership = defineOperation({
  operationId: 'rejectMembership',
  method: 'POST',
  path: '/memberships/{membershipId}/rejection',
  summary: 'Reject a pending grant (four eyes)',
  description:
    'The grant stays on record as rejected and confers nothing. The same administrators as for approval may decide.',
  tag,
  params: MembershipIdParamsSchema,
  success: { status: 200, description: 'The membership, now rejected.', schema: MembershipSchema },
  errors: [401, 403, 404, 409],
  access: { permission: 'membership:write' },
  purpose: 'Vier-ogen-afwijzing van een roltoekenning',
});
