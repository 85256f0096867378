import { z } from 'zod';
import { defineOperation } from '../api/operation.js';

export const OpenApiDocumentSchema = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }) })
  .meta({ id: 'OpenApiDocument', description: 'This OpenAPI 3.1 document.' });

export const getOpenApiDocument = defineOperation({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/openapi.json',
  summary: 'Get the OpenAPI document',
  description: 'This document, generated from the same zod schemas that validate every request.',
  tag: 'Documentation',
  success: { status: 200, description: 'The OpenAPI document.', schema: OpenApiDocumentSchema },
  errors: [],
  access: { public: true },
});
