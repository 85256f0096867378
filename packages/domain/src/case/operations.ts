import { defineOperation } from '../api/operation.js';
import {
  CaseCreateSchema,
  CaseHistorySchema,
  CaseIdParamsSchema,
  CaseListQuerySchema,
  CasePageSchema,
  CaseSchema,
  CaseUpdateSchema,
} from './schema.js';

const tag = 'Cases';
const purpose = 'Casuïstiek bespreken in het bouwteam';

export const listCases = defineOperation({
  operationId: 'listCases',
  method: 'GET',
  path: '/cases',
  summary: 'List cases',
  description:
    'Cases of the bouwteams the caller is part of, newest first; filter by bouwteam, status, life domain and legal ' +
    "framework. `search` uses the database's full-text search (PostgreSQL: Dutch stemming; every word also as a " +
    'prefix) in the title, and in the narrative where the caller may read it; the answer is then ordered by relevance ' +
    'and `highlights` holds fragments of the narratives. Pages by number (`page`, `pageSize`, the `Link` header) or, ' +
    'for walking a whole list, by keyset: pass `meta.nextCursor` as `after`. `meta.totalItems` is exact up to 10,000; ' +
    'above it `meta.totalIsLowerBound` is true.',
  tag,
  query: CaseListQuerySchema,
  success: { status: 200, description: 'A page of cases.', schema: CasePageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'case:read' },
  purpose,
});

export const getCase = defineOperation({
  operationId: 'getCase',
  method: 'GET',
  path: '/cases/{caseId}',
  summary: 'Get a case',
  tag,
  params: CaseIdParamsSchema,
  success: { status: 200, description: 'The case. Managers get no narrative.', schema: CaseSchema },
  errors: [401, 403, 404],
  access: { permission: 'case:read' },
  purpose,
});

export const createCase = defineOperation({
  operationId: 'createCase',
  method: 'POST',
  path: '/cases',
  summary: 'Bring in a case',
  description:
    'A partner brings in a case for a bouwteam. Refused with 422 when a free text holds an identifier (the field, kind and ' +
    'offsets are named), when a field is not recorded under the guideline in force, or a required field is missing.',
  tag,
  body: CaseCreateSchema,
  success: { status: 201, description: 'The case as stored.', schema: CaseSchema, location: true },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'case:write' },
  purpose,
});

export const updateCase = defineOperation({
  operationId: 'updateCase',
  method: 'PATCH',
  path: '/cases/{caseId}',
  summary: 'Change a case',
  description:
    'Changes the fields given, under the same privacy guard and guideline as bringing it in; the change is kept in the history.',
  tag,
  params: CaseIdParamsSchema,
  body: CaseUpdateSchema,
  success: { status: 200, description: 'The case as stored.', schema: CaseSchema },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'case:write' },
  purpose,
});

export const getCaseHistory = defineOperation({
  operationId: 'getCaseHistory',
  method: 'GET',
  path: '/cases/{caseId}/history',
  summary: 'Get the history of a case',
  tag,
  params: CaseIdParamsSchema,
  success: { status: 200, description: 'Every change, oldest first.', schema: CaseHistorySchema },
  errors: [401, 403, 404],
  access: { permission: 'case:read' },
  purpose,
});
