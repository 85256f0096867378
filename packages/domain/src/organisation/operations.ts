import { defineOperation } from '../api/operation.js';
import {
  OrganisationCreateSchema,
  OrganisationUpdateSchema,
  OrganisationIdParamsSchema,
  OrganisationListQuerySchema,
  OrganisationPageSchema,
  OrganisationSchema,
} from './schema.js';

const tag = 'Organisations';

export const listOrganisations = defineOperation({
  operationId: 'listOrganisations',
  method: 'GET',
  path: '/organisations',
  summary: 'List organisations',
  description: 'Organisaties: municipalities, providers, networks and others, paged and filterable by type and name.',
  tag,
  query: OrganisationListQuerySchema,
  success: { status: 200, description: 'A page of organisations.', schema: OrganisationPageSchema, paged: true },
  errors: [401],
  access: { permission: 'organisation:read' },
});

export const getOrganisation = defineOperation({
  operationId: 'getOrganisation',
  method: 'GET',
  path: '/organisations/{organisationId}',
  summary: 'Get an organisation',
  tag,
  params: OrganisationIdParamsSchema,
  success: { status: 200, description: 'The organisation.', schema: OrganisationSchema },
  errors: [401, 404],
  access: { permission: 'organisation:read' },
});

export const createOrganisation = defineOperation({
  operationId: 'createOrganisation',
  method: 'POST',
  path: '/organisations',
  summary: 'Register an organisation',
  description: 'Registers an organisation. A name is unique (409 when taken).',
  tag,
  body: OrganisationCreateSchema,
  success: { status: 201, description: 'The organisation as stored.', schema: OrganisationSchema, location: true },
  errors: [401, 403, 409, 413, 415],
  access: { permission: 'organisation:write' },
});

export const updateOrganisation = defineOperation({
  operationId: 'updateOrganisation',
  method: 'PATCH',
  path: '/organisations/{organisationId}',
  summary: 'Change an organisation',
  description: 'Changes the fields given; `null` clears a KvK number or OIN.',
  tag,
  params: OrganisationIdParamsSchema,
  body: OrganisationUpdateSchema,
  success: { status: 200, description: 'The organisation as stored.', schema: OrganisationSchema },
  errors: [401, 403, 404, 409, 413, 415],
  access: { permission: 'organisation:write' },
});
