import {
  AgreementStaleProblemSchema,
  apiVersion,
  glossaryMarkdown,
  operations,
  problemMediaType,
  ProblemSchema,
  type Operation,
  type ProblemStatus,
} from '@leerkring/domain';
import { z } from 'zod';
import { apiPrefix } from '../common/http/prefix.js';

type JsonSchema = Record<string, unknown>;
const componentsRef = '#/components/schemas/';

/** Every operation can answer these problems: invalid input, an unknown path, a wrong method, too many requests, a fault. */
const commonProblems: readonly ProblemStatus[] = [400, 404, 405, 429, 500];

const problemDescriptions: Record<ProblemStatus, string> = {
  400: 'Invalid input: malformed JSON, a wrong type, an unknown field; each invalid field is listed under invalidParams.',
  401: 'Not signed in.',
  403: 'Signed in, but not allowed.',
  404: 'No such record or path.',
  405: 'The method is not allowed on this path; see the Allow header.',
  406: 'The requested media type cannot be served.',
  409: 'Conflicts with the current state.',
  412: 'The precondition (If-Match) does not hold.',
  413: 'The body is too large.',
  415: 'The body must be application/json (or, for an upload, the file type it names).',
  422: 'A domain rule refuses the input.',
  428: 'The request must be conditional: send If-Match with the ETag last read.',
  429: 'Too many requests; see Retry-After.',
  500: 'An unexpected fault; no details are disclosed.',
  503: 'A dependency (the database) is unavailable, or the server is too busy; see Retry-After when given.',
};

/** Bodies other than JSON: text is a string, a Word file binary. */
const mediaTypeSchemas: Record<NonNullable<Operation['success']['mediaType']>, JsonSchema> = {
  'text/csv': { type: 'string' },
  'text/markdown': { type: 'string' },
  // A stream of server-sent events is text: one `event:`/`data:` block per event.
  'text/event-stream': { type: 'string' },
  'text/calendar': { type: 'string' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { type: 'string', format: 'binary' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { type: 'string', format: 'binary' },
};

/**
 * What some problems carry besides the Problem members, and the headers that go with them: a stale update (412) answers
 * the version as stored now, and its ETag, so the client can show both texts. Documented as one component: Problem and
 * these members (an `allOf` of two closed objects would admit no body).
 */
const problemExtensions: Partial<
  Record<
    string,
    Partial<Record<ProblemStatus, { name: string; schema: z.ZodObject; description: string; headers?: JsonSchema }>>
  >
> = {
  updateAgreementVersion: {
    412: {
      name: 'AgreementStaleProblem',
      schema: AgreementStaleProblemSchema,
      description: 'Problem details of a stale update, with the version as it is stored now in `current`.',
      headers: { ETag: { description: 'The ETag of the version as stored now.', schema: { type: 'string' } } },
    },
  },
};
const requestHeaders: Partial<Record<string, JsonSchema[]>> = {
  updateAgreementVersion: [
    {
      name: 'If-Match',
      in: 'header',
      required: true,
      description:
        'The ETag of the version last read (`"<revision>"`); without it 428, when it is no longer current 412.',
      schema: { type: 'string', example: '"3"' },
    },
  ],
};

/** Converts one zod schema; named schemas (`.meta({ id })`) become references to components. */
function toJsonSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  const defs = (converted.$defs ?? {}) as Record<string, JsonSchema>;
  delete converted.$defs;
  delete converted.$schema;
  for (const [id, definition] of Object.entries(defs)) components[id] = rewriteRefs(definition);
  return rewriteRefs(converted);
}

function rewriteRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', `"${componentsRef}`)) as T;
}

function parametersOf(operation: Operation, components: Record<string, JsonSchema>) {
  const parameters: JsonSchema[] = [];
  const add = (schema: z.ZodObject | undefined, location: 'path' | 'query') => {
    if (!schema) return;
    const converted = toJsonSchema(schema, 'input', components);
    const properties = (converted.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((converted.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...propertySchema } = property;
      parameters.push({
        name,
        in: location,
        required: location === 'path' || required.has(name),
        ...(typeof description === 'string' ? { description } : {}),
        schema: propertySchema,
      });
    }
  };
  add(operation.params, 'path');
  add(operation.query, 'query');
  parameters.push(...(requestHeaders[operation.operationId] ?? []));
  return parameters;
}

const versionHeader = {
  'API-Version': {
    description: 'The full version of this API (semver).',
    schema: { type: 'string', example: apiVersion },
  },
};

function responsesOf(operation: Operation, components: Record<string, JsonSchema>) {
  const { success } = operation;
  const headers: JsonSchema = { ...versionHeader };
  if (success.paged)
    headers.Link = {
      description: 'RFC 8288 links to the first, previous, next and last page.',
      schema: { type: 'string' },
    };
  if (success.status === 302)
    headers.Location = {
      description: 'Where the browser goes next.',
      schema: { type: 'string', format: 'uri-reference' },
    };
  else if (success.location)
    headers.Location = { description: 'The address of the created record.', schema: { type: 'string' } };
  const responses: Record<string, JsonSchema> = {
    [success.status]: {
      description: success.description,
      headers,
      ...(success.schema
        ? { content: { 'application/json': { schema: toJsonSchema(success.schema, 'output', components) } } }
        : {}),
      ...(success.mediaType
        ? { content: { [success.mediaType]: { schema: mediaTypeSchemas[success.mediaType] } } }
        : {}),
    },
  };
  const statuses = new Set<ProblemStatus>([...commonProblems, ...operation.errors]);
  if (operation.body || operation.upload) statuses.add(413).add(415);
  for (const status of [...statuses].sort()) {
    const extension = problemExtensions[operation.operationId]?.[status];
    if (extension) {
      const converted = toJsonSchema(ProblemSchema.extend(extension.schema.shape), 'output', components);
      components[extension.name] = { ...converted, description: extension.description };
    }
    responses[status] = {
      description: problemDescriptions[status],
      headers: {
        ...versionHeader,
        ...(status === 405
          ? { Allow: { description: 'The methods this path allows.', schema: { type: 'string' } } }
          : {}),
        ...(status === 429 || status === 503
          ? { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } }
          : {}),
        ...extension?.headers,
      },
      content: { [problemMediaType]: { schema: { $ref: `${componentsRef}${extension?.name ?? 'Problem'}` } } },
    };
  }
  return responses;
}

/** The OpenAPI 3.1 document of the API, generated from the same operations and zod schemas that serve it. */
export function buildOpenApiDocument({ serverUrl = apiPrefix }: { serverUrl?: string } = {}) {
  const components: Record<string, JsonSchema> = {};
  toJsonSchema(ProblemSchema, 'output', components);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const tags = new Set<string>();
  for (const operation of Object.values(operations) as Operation[]) {
    tags.add(operation.tag);
    const parameters = parametersOf(operation, components);
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: [operation.tag],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toJsonSchema(operation.body, 'input', components) } },
            },
          }
        : {}),
      ...(operation.upload
        ? {
            requestBody: {
              required: true,
              description: operation.upload.description,
              content: { [operation.upload.mediaType]: { schema: { type: 'string', format: 'binary' } } },
            },
          }
        : {}),
      responses: responsesOf(operation, components),
      ...(operation.access.public ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Leerkring API',
      version: apiVersion,
      description: [
        'The API of Leerkring, the learning-cycle platform for the Dutch social domain: cases, intervision, lessons,',
        'bètaversie agreements and action research. The interface is in English; the glossary below gives the Dutch',
        'term of every concept.\n\nErrors are application/problem+json (RFC 9457). Lists page with `page` and',
        '`pageSize` and answer a `Link` header. Times are ISO 8601 in UTC.\n\n## Glossary / Woordenlijst\n\n',
        glossaryMarkdown(),
      ].join(' '),
      contact: { name: 'Leerkring', url: 'https://leerkring.example.nl', email: 'api@leerkring.example.nl' },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: serverUrl, description: 'This server' }],
    tags: [...tags].sort().map((name) => ({ name })),
    paths,
    components: { schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))) },
  };
}
