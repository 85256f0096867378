import type { Operation } from '@leerkring/domain';
import fc from 'fast-check';

/* Building blocks of the fuzz test of every write operation (src/openapi/fuzz.test.ts): values and defects. */

/** Rejections may legitimately leave these: every request is logged, sign-ins make sessions and count failures. */
export const tablesThatMayGrow = new Set(['access_log_entry', 'auth_session', 'login_failure']);

/** Which table a path parameter names a record of, so that some requests reach the handler with a real id. */
export const tableOfParam: Record<string, string> = {
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

export type JsonSchema = Record<string, any>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What makes a generated request wrong; every request carries at least one, so none may succeed. */
export type Defect =
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

export interface FuzzRequest {
  operation: Operation;
  actor: 'admin' | 'partner';
  defect: Defect;
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

export const boundaryStrings = [
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
export const controlCharacters = [
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

export const rawBodies = [
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
export function fitting(
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
export function encodeSegment(value: string): string {
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
export function broken(
  body: Json,
  defect: Defect,
  pick: number,
  text: string,
  wrong: Json,
): { body: Json; defect: Defect } {
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
