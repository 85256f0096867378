import { defineOperation } from '../api/operation.js';
import {
  OrganisationCreateSchema,
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
  errors: [],
  access: { public: true },
});

export const getOrganisation = defineOperation({
  operationId: 'getOrganisation',
  method: 'GET',
  path: '/organisations/{organisationId}',
  summary: 'Get an organisation',
  tag,
  params: OrganisationIdParamsSchema,
  success: { status: 200, description: 'The organisation.', schema: OrganisationSchema },
  errors: [404],
  access: { public: true },
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
  errors: [409, 413, 415],
  access: { public: true },
});
