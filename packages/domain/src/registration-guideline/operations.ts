import { z } from 'zod';
import { defineOperation } from '../api/operation.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { GuidelineStatusSchema, RegistrationGuidelineCreateSchema, RegistrationGuidelineSchema } from './schema.js';

const tag = 'Registration guidelines';
const purpose = 'Vastleggen wat we wel en niet registreren';

export const RegistrationGuidelineListQuerySchema = PageQuerySchema.extend({
  buildingTeamId: z.uuid().optional(),
  status: GuidelineStatusSchema.optional(),
});
export const RegistrationGuidelinePageSchema = pageOf(RegistrationGuidelineSchema).meta({
  id: 'RegistrationGuidelinePage',
});
export const RegistrationGuidelineIdParamsSchema = z.strictObject({ guidelineId: z.uuid() });
export const RegistrationGuidelineUpdateSchema = z
  .strictObject({
    status: z
      .literal('in-force')
      .meta({ description: 'Put this concept in force; the version in force becomes superseded.' }),
  })
  .meta({ id: 'RegistrationGuidelineUpdate' });

export const listRegistrationGuidelines = defineOperation({
  operationId: 'listRegistrationGuidelines',
  method: 'GET',
  path: '/registration-guidelines',
  summary: 'List registration guideline versions',
  description:
    "Versions of the guidelines of the caller's bouwteams, newest first; `status=in-force` gives the one in force.",
  tag,
  query: RegistrationGuidelineListQuerySchema,
  success: { status: 200, description: 'A page of versions.', schema: RegistrationGuidelinePageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'guideline:read' },
  purpose,
});

export const getRegistrationGuideline = defineOperation({
  operationId: 'getRegistrationGuideline',
  method: 'GET',
  path: '/registration-guidelines/{guidelineId}',
  summary: 'Get a registration guideline version',
  tag,
  params: RegistrationGuidelineIdParamsSchema,
  success: { status: 200, description: 'The version.', schema: RegistrationGuidelineSchema },
  errors: [401, 403, 404],
  access: { permission: 'guideline:read' },
  purpose,
});

export const createRegistrationGuideline = defineOperation({
  operationId: 'createRegistrationGuideline',
  method: 'POST',
  path: '/registration-guidelines',
  summary: 'Write a new guideline version',
  description:
    'A new version for a bouwteam, with its changelog and the lessons that led to it; optionally in force at once.',
  tag,
  body: RegistrationGuidelineCreateSchema,
  success: { status: 201, description: 'The version as stored.', schema: RegistrationGuidelineSchema, location: true },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'guideline:write' },
  purpose,
});

export const updateRegistrationGuideline = defineOperation({
  operationId: 'updateRegistrationGuideline',
  method: 'PATCH',
  path: '/registration-guidelines/{guidelineId}',
  summary: 'Put a guideline version in force',
  tag,
  params: RegistrationGuidelineIdParamsSchema,
  body: RegistrationGuidelineUpdateSchema,
  success: { status: 200, description: 'The version, now in force.', schema: RegistrationGuidelineSchema },
  errors: [401, 403, 404, 409, 413, 415],
  access: { permission: 'guideline:write' },
  purpose,
});
