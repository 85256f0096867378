import { defineOperation } from '../api/operation.js';
import {
  PersonCreateSchema,
  PersonIdParamsSchema,
  PersonListQuerySchema,
  PersonPageSchema,
  PersonSchema,
  PersonUpdateSchema,
} from './schema.js';

const tag = 'People';
const purpose = 'Beheer van personen en hun toegang';

export const listPeople = defineOperation({
  operationId: 'listPeople',
  method: 'GET',
  path: '/people',
  summary: 'List people',
  tag,
  query: PersonListQuerySchema,
  success: { status: 200, description: 'A page of people.', schema: PersonPageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'person:read' },
  purpose,
});

export const getPerson = defineOperation({
  operationId: 'getPerson',
  method: 'GET',
  path: '/people/{personId}',
  summary: 'Get a person',
  tag,
  params: PersonIdParamsSchema,
  success: { status: 200, description: 'The person.', schema: PersonSchema },
  errors: [401, 403, 404],
  access: { permission: 'person:read' },
  purpose,
});

export const createPerson = defineOperation({
  operationId: 'createPerson',
  method: 'POST',
  path: '/people',
  summary: 'Add a person',
  description: 'Adds a person to an organisation. An e-mail address is unique (409 when taken).',
  tag,
  body: PersonCreateSchema,
  success: { status: 201, description: 'The person as stored.', schema: PersonSchema, location: true },
  errors: [401, 403, 409, 413, 415, 422],
  access: { permission: 'person:write' },
  purpose,
});

export const updatePerson = defineOperation({
  operationId: 'updatePerson',
  method: 'PATCH',
  path: '/people/{personId}',
  summary: 'Change a person',
  description: 'Changes the fields given. Deactivating a person ends their sessions and tokens.',
  tag,
  params: PersonIdParamsSchema,
  body: PersonUpdateSchema,
  success: { status: 200, description: 'The person as stored.', schema: PersonSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'person:write' },
  purpose,
});
