import { operations, type Operation } from '@leerkring/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  boundaryStrings,
  broken,
  controlCharacters,
  type Defect,
  encodeSegment,
  fitting,
  type FuzzRequest,
  type Json,
  type JsonSchema,
  rawBodies,
  tableOfParam,
  tablesThatMayGrow,
} from '../testing/fuzz-requests.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/*
 * Every write operation of the contract, sent malformed and boundary requests generated from the OpenAPI document: each
 * must answer 4xx problem+json, never 5xx, and store nothing. Seeded, so a failure can be replayed with FUZZ_SEED; the
 * number of requests per database is FUZZ_RUNS (the suite runs once per database, so both together send twice that).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261201);
const runs = Number(process.env.FUZZ_RUNS ?? 5_200);

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
