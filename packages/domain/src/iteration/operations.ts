import { defineOperation } from '../api/operation.js';
import { AgreementIdParamsSchema } from '../agreement/schema.js';
import {
  IterationCreateSchema,
  IterationListSchema,
  IterationParamsSchema,
  IterationSchema,
  IterationUpdateSchema,
} from './schema.js';

const tag = 'Agreements';
const purpose = 'Afspraken in de praktijk toetsen (actieonderzoek)';

export const listAgreementIterations = defineOperation({
  operationId: 'listAgreementIterations',
  method: 'GET',
  path: '/agreements/{agreementId}/iterations',
  summary: 'List the iterations of an agreement',
  description: 'The action-research cycles that test the agreement in practice, newest first.',
  tag,
  params: AgreementIdParamsSchema,
  success: { status: 200, description: 'Every iteration, newest first.', schema: IterationListSchema },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const getAgreementIteration = defineOperation({
  operationId: 'getAgreementIteration',
  method: 'GET',
  path: '/agreements/{agreementId}/iterations/{iterationId}',
  summary: 'Get an iteration',
  tag,
  params: IterationParamsSchema,
  success: { status: 200, description: 'The iteration.', schema: IterationSchema },
  errors: [401, 403, 404],
  access: { permission: 'agreement:read' },
  purpose,
});

export const createAgreementIteration = defineOperation({
  operationId: 'createAgreementIteration',
  method: 'POST',
  path: '/agreements/{agreementId}/iterations',
  summary: 'Start an iteration',
  description:
    'Plans a test of (clauses of) a version in practice: question, prediction, plan. Free text passes the privacy guard.',
  tag,
  params: AgreementIdParamsSchema,
  body: IterationCreateSchema,
  success: { status: 201, description: 'The iteration as stored.', schema: IterationSchema, location: true },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});

export const updateAgreementIteration = defineOperation({
  operationId: 'updateAgreementIteration',
  method: 'PATCH',
  path: '/agreements/{agreementId}/iterations/{iterationId}',
  summary: 'Record what was done, seen, learned and decided',
  description:
    'Moves the cycle one phase forward at a time; deciding (adopt / adapt / abandon) needs what was learned and closes the iteration (409 after).',
  tag,
  params: IterationParamsSchema,
  body: IterationUpdateSchema,
  success: { status: 200, description: 'The iteration as stored.', schema: IterationSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'agreement:write' },
  purpose,
});
