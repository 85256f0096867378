import { operations, type Operation } from '@leerkring/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/*
 * Every write operation of the contract, sent malformed and boundary requests generated from the OpenAPI document: each
 * must answer 4xx problem+json, never 5xx, and store nothing. Seeded, so a failure can be replayed with FUZZ_SEED; the
 * number of requests per database is FUZZ_RUNS (the suite runs once per database, so both together send twice that).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261201);
const runs = Number(process.env.FUZZ_RUNS ?? 5_200);

/** Rejections may legitimately leave these: every request is logged, sign-ins make sessions and count failures. */
const tablesThatMayGrow = new Set(['access_log_entry', 'auth_session', 'login_failure']);

/** Which table a path parameter names a record of, so that some requests reach the handler with a real id. */
const tableOfParam: Record<string, string> = {
  organisationId: 'organisation',
  regionId: 'region',
  buildingTeamId: 'building_team',
  tokenId: 'api_token',
  personId: 'person',
  membershipId: 'membership',
  guidelineId: 'registration_guideline',
  caseId: 'case_record',
  lessonId: 'lesson',
  obstacleId: 'system_obstacle',
  methodId: 'intervision_method',
  sessionId: 'intervision_session',
  actionId: 'intervision_action',
  agreementId: 'agreement',
  versionId: 'agreement_version',
  iterationId: 'agreement_iteration',
};

type JsonSchema = Record<string, any>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What makes a generated request wrong; every request carries at least one, so none may succeed. */
type Defect =
  | 'unknown-query'
  | 'wrong-csrf'
  | 'path-malformed'
  | 'path-unknown'
  | 'body-raw'
  | 'body-not-object'
  | 'body-unknown-field'
  | 'body-wrong-type'
  | 'body-too-long'
  | 'body-control-character'
  | 'content-type';

interface FuzzRequest {
  operation: Operation;
  actor: 'admin' | 'partner';
  defect: Defect;
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

const boundaryStrings = [
  '',
  ' ',
  '\u00A0',
  'x'.repeat(201),
  'x'.repeat(10_001),
  '🙂'.repeat(300),
  '\uD800',
  '\uDFFF abc',
  '\u202Eomgekeerd',
  "'; DROP TABLE person; --",
  '../../etc/passwd',
  '%00',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  'null',
  '0',
  '-1',
  '1e309',
  'NaN',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'a'.repeat(65),
];
const controlCharacters = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
];
const boundaryNumbers = [0, -1, 1, -0, 0.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 53), 1e308, -1e308, 5e-324];

const rawBodies = [
  '{',
  '{"a":',
  '}',
  '[',
  '{"a" 1}',
  "{'a': 1}",
  '{"a":1,}',
  '\uFEFF{}',
  'undefined',
  'NaN',
  '1e999',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '['.repeat(5_000) + ']'.repeat(5_000),
  '{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000),
  `"${'x'.repeat(100_000)}"`,
  '{"name":"\\ud800"}',
  '{"name":"\\u0000"}',
  '\u0000',
  '',
];

/** A value that fits a JSON schema (as far as a generator can tell), with ids drawn from real records now and then. */
function fitting(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  ids: string[],
  depth = 0,
): fc.Arbitrary<Json> {
  if (schema.$ref) return fitting(components[String(schema.$ref).split('/').pop()!] ?? {}, components, ids, depth);
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...(schema.enum as Json[]));
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices)
    return fc.oneof(...(choices as JsonSchema[]).map((choice) => fitting(choice, components, ids, depth + 1)));
  if (schema.allOf) return fitting(Object.assign({}, ...(schema.allOf as JsonSchema[])), components, ids, depth + 1);
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ['object'];
  const type = types.find((candidate) => candidate !== 'null') ?? 'null';
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : min + 100);
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) })
        : fc.double({ min, max, noNaN: true });
    }
    case 'string': {
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'date') return fc.constantFrom('2026-01-15', '2027-06-01', '2025-12-31');
      if (schema.format === 'date-time') return fc.constantFrom('2026-11-24T09:30:00Z', '2027-01-01T00:00:00Z');
      if (schema.pattern) return fc.constantFrom('artikel-1', 'a', 'x_1', String(schema.example ?? 'a'));
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, minLength + 40));
      return fc.string({ minLength, maxLength, unit: 'grapheme' });
    }
    case 'array': {
      const minItems = schema.minItems ?? 0;
      return fc.array(fitting(schema.items ?? {}, components, ids, depth + 1), {
        minLength: minItems,
        maxLength: Math.max(minItems, Math.min(schema.maxItems ?? 3, 3)),
      });
    }
    default: {
      const properties: Record<string, JsonSchema> = schema.properties ?? {};
      const required = new Set<string>(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<Json>> = {};
      for (const [name, property] of Object.entries(properties))
        record[name] = fitting(property, components, ids, depth + 1);
      return fc.record(record, {
        requiredKeys: Object.keys(properties).filter((name) => required.has(name)),
      }) as fc.Arbitrary<Json>;
    }
  }
}

/** A path segment as a client would send it; a lone surrogate cannot be encoded, so it goes as invalid UTF-8 bytes. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // Invalid percent-encoding: the server must answer it with 400 problem+json too (frameworkErrors in http-setup.ts).
    return '%ED%A0%80';
  }
}

/** Every string in a value, by path, to break one of them. */
function stringPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function setAt(value: Json, path: (string | number)[], replacement: (old: Json) => Json): Json {
  if (path.length === 0) return replacement(value);
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
}

/** Breaks a fitting body by one defect (a body that cannot take that defect falls back to an unknown field). */
function broken(body: Json, defect: Defect, pick: number, text: string, wrong: Json): { body: Json; defect: Defect } {
  const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
  if (defect === 'body-not-object' || !isObject) return { body: wrong ?? 42, defect: 'body-not-object' };
  const keys = Object.keys(body);
  const strings = stringPaths(body);
  switch (defect) {
    case 'body-wrong-type':
      if (keys.length > 0) {
        const key = keys[pick % keys.length]!;
        const old = (body as Record<string, Json>)[key];
        // Something of another JSON type than the field holds.
        const other: Json =
          typeof old === 'string'
            ? 12345
            : typeof old === 'number'
              ? 'twaalf'
              : typeof old === 'boolean'
                ? 'ja'
                : Array.isArray(old)
                  ? { a: 1 }
                  : [1, 2];
        return { body: { ...body, [key]: other }, defect };
      }
      break;
    case 'body-too-long':
      if (strings.length > 0)
        return { body: setAt(body, strings[pick % strings.length]!, () => 'x'.repeat(100_001)), defect };
      break;
    case 'body-control-character':
      if (strings.length > 0)
        return { body: setAt(body, strings[pick % strings.length]!, (old) => `${String(old)}${text}`), defect };
      break;
    default:
      break;
  }
  return { body: { ...body, [`onbekend${pick % 7}`]: wrong }, defect: 'body-unknown-field' };
}

describe('fuzzing every write operation', () => {
  let test: TestApp;
  let sessions: Record<'admin' | 'partner', TestSession>;
  let document: Record<string, any>;
  let ids: Record<string, string[]>;
  let allIds: string[];

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    sessions = {
      admin: await test.signIn('beheerder@leerkring.test'),
      partner: await test.signIn('partner@leerkring.test'),
    };
    document = (await test.request({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    ids = {};
    for (const table of new Set(Object.values(tableOfParam))) {
      const rows: { id: string }[] = await test.dataSource.query(`SELECT id FROM ${table} ORDER BY id LIMIT 25`);
      ids[table] = rows.map((row) => String(row.id));
    }
    allIds = Object.values(ids).flat();
  });
  afterAll(async () => {
    await test.close();
  });

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const { tableName } of test.dataSource.entityMetadatas) {
      if (tablesThatMayGrow.has(tableName)) continue;
      const [row] = await test.dataSource.query(`SELECT COUNT(*) AS n FROM ${tableName}`);
      counts[tableName] = Number(row.n);
    }
    return counts;
  }

  function requestsFor(operation: Operation): fc.Arbitrary<FuzzRequest> {
    const pathItem = document.paths[operation.path]?.[operation.method.toLowerCase()];
    const bodySchema: JsonSchema | undefined = pathItem?.requestBody?.content?.['application/json']?.schema;
    const components: Record<string, JsonSchema> = document.components?.schemas ?? {};
    const paramNames = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    const defects: Defect[] = ['unknown-query'];
    if (operation.operationId !== 'login') defects.push('wrong-csrf');
    if (paramNames.length > 0) defects.push('path-malformed', 'path-unknown');
    if (operation.body)
      defects.push(
        'body-raw',
        'body-not-object',
        'body-unknown-field',
        'body-wrong-type',
        'body-too-long',
        'body-control-character',
        'content-type',
      );

    const realId = (name: string) => fc.constantFrom(...(ids[tableOfParam[name] ?? ''] ?? []), ...allIds.slice(0, 3));
    const malformedId = fc.oneof(
      fc.constantFrom(...boundaryStrings, ...controlCharacters),
      fc.string({ maxLength: 80 }),
    );
    const validBody = bodySchema ? fitting(bodySchema, components, allIds) : fc.constant(null);

    return fc
      .record({
        actor: fc.constantFrom('admin' as const, 'partner' as const),
        defect: fc.constantFrom(...defects),
        params: fc.tuple(
          ...paramNames.map((name) => fc.record({ real: realId(name), unknown: fc.uuid(), malformed: malformedId })),
          fc.constant(null),
        ),
        body: validBody,
        pick: fc.nat(),
        text: fc.constantFrom(...controlCharacters),
        wrong: fc.oneof(
          fc.constantFrom<Json>(null, [], {}, '', 0, true),
          fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
        ),
        raw: fc.constantFrom(...rawBodies),
        ifMatch: fc.option(
          fc.constantFrom('"1"', '*', 'W/"1"', '"abc"', '""', '"99999999999999999999"', 'x'.repeat(300)),
          { nil: undefined },
        ),
        purpose: fc.option(fc.constantFrom('intervisie', 'x'.repeat(1_000), '🙂', ' '), { nil: undefined }),
        contentType: fc.constantFrom(
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
        ),
        query: fc.constantFrom('onbekend=1', 'page=0', 'pageSize=999999', 'a[b]=c', '__proto__[x]=1', 'x=%00'),
      })
      .map(
        ({
          actor,
          defect,
          params,
          body,
          pick,
          text,
          wrong,
          raw,
          ifMatch,
          purpose,
          contentType,
          query,
        }): FuzzRequest => {
          const values = paramNames.map((_, index) => {
            const choice = params[index]!;
            if (defect === 'path-malformed' && index === pick % paramNames.length) return choice.malformed;
            if (defect === 'path-unknown' && index === pick % paramNames.length) return choice.unknown;
            return choice.real;
          });
          let path: string = operation.path;
          paramNames.forEach((name, index) => (path = path.replace(`{${name}}`, encodeSegment(values[index]!))));
          const headers: Record<string, string> = {};
          if (ifMatch !== undefined) headers['if-match'] = ifMatch;
          if (purpose !== undefined) headers['access-purpose'] = purpose;
          if (defect === 'wrong-csrf') headers['x-csrf-token'] = pick % 2 === 0 ? '' : 'vervalst';
          let payload: string | undefined;
          let actualDefect = defect;
          if (operation.body) {
            headers['content-type'] = defect === 'content-type' ? contentType : 'application/json';
            if (defect === 'body-raw') payload = raw;
            else if (defect.startsWith('body-')) {
              const result = broken(body, defect, pick, text, wrong);
              actualDefect = result.defect;
              payload = JSON.stringify(result.body);
            } else payload = JSON.stringify(body);
          }
          const url = `/api/v1${path}${defect === 'unknown-query' ? `?${query === 'page=0' || query === 'pageSize=999999' ? `${query}&onbekend=1` : query}` : ''}`;
          return {
            operation,
            actor,
            defect: actualDefect,
            method: operation.method,
            url,
            headers,
            ...(payload !== undefined ? { payload } : {}),
          };
        },
      );
  }

  it(`answers ${runs} malformed and boundary requests with 4xx problem+json, never 5xx, and stores nothing`, async () => {
    const writes = Object.values(operations).filter((operation) => operation.method !== 'GET');
    const requests = fc.sample(fc.oneof(...writes.map((operation) => requestsFor(operation))), { seed, numRuns: runs });
    console.log(
      `fuzz seed ${seed} (replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}); ${requests.length} requests over ${writes.length} write operations`,
    );

    const before = await rowCounts();
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const started = performance.now();
    for (const request of requests) {
      const session = sessions[request.actor];
      const response = await session.request({
        method: request.method,
        url: request.url,
        headers: request.headers,
        ...(request.payload !== undefined ? { payload: request.payload } : {}),
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      const problem =
        response.statusCode >= 400 &&
        response.statusCode < 500 &&
        String(response.headers['content-type']).startsWith('application/problem+json');
      if (!problem && failures.length < 30) {
        failures.push(
          `${response.statusCode} ${request.operation.operationId} (${request.defect}, ${request.actor}) ${request.method} ${request.url.slice(0, 160)} ${(request.payload ?? '').slice(0, 200)} → ${response.body.slice(0, 300)}`,
        );
      }
      // A 401 means the session ended (a fuzzed logout, say): sign in again, so the rest still reaches the rules.
      if (response.statusCode === 401) sessions[request.actor] = await test.signIn(session.email);
    }
    const after = await rowCounts();
    const summary = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    console.log(
      `fuzz: ${requests.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; statuses ${summary}`,
    );
    expect(failures).toEqual([]);
    expect(after).toEqual(before);
    expect([...statuses.keys()].every((status) => status >= 400 && status < 500)).toBe(true);
  }, 600_000);
});
