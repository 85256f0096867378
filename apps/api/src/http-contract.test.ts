import { randomUUID } from 'node:crypto';
import { apiVersion, fillPath, operations, policy, ProblemSchema, type Operation, type Rule } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from './persistence/entities.js';
import { startTestApp, type TestApp, type TestSession } from './testing/test-app.js';

const writeOperations = (Object.values(operations) as Operation[]).filter((operation) => operation.body);
const url = (operation: Operation) =>
  `/api/v1${fillPath({ path: operation.path, params: Object.fromEntries((operation.path.match(/\{(\w+)\}/g) ?? []).map((name) => [name.slice(1, -1), randomUUID()])) })}`;

describe('the HTTP contract', () => {
  let test: TestApp;
  let admin: TestSession;
  let partner: TestSession;
  let facilitator: TestSession;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
    partner = await test.signIn('partner@leerkring.test');
    facilitator = await test.signIn('facilitator@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
  });

  const rowCount = async () => {
    let total = 0;
    for (const entity of entities) total += await test.dataSource.getRepository(entity).count();
    return total;
  };

  const expectProblem = (
    response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
    status: number,
  ) => {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = ProblemSchema.parse(response.json());
    expect(problem.status).toBe(status);
    expect(problem.title).not.toBe('');
    expect(problem.detail).not.toBe('');
    return problem;
  };

  it('answers health with the database reachable, and the API-Version and X-Request-Id headers; the server makes the request id', async () => {
    const response = await test.request({
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { reachable: true }, version: apiVersion });
    expect(response.headers['api-version']).toBe(apiVersion);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['x-request-id']).not.toBe('trace-123');
  });

  it('tells browsers and proxies to store no API answer, problems included, except the OpenAPI document', async () => {
    for (const url of ['/api/v1/health', '/api/v1/people', '/api/v1/does-not-exist', '/api/v1/auth/sso']) {
      const response = await test.request({ method: 'GET', url });
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    expect((await test.request({ method: 'GET', url: '/api/v1/openapi.json' })).headers['cache-control']).not.toBe(
      'no-store',
    );
  });

  it('sends security headers', async () => {
    const response = await test.request({ method: 'GET', url: '/api/v1/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('allows no cross-origin caller unless configured', async () => {
    const response = await test.request({
      method: 'GET',
      url: '/api/v1/health',
      headers: { origin: 'https://elders.example' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an unknown path with 404 problem+json, also with a trailing slash, and never redirects', async () => {
    expectProblem(await test.request({ method: 'GET', url: '/api/v1/does-not-exist' }), 404);
    expectProblem(await test.request({ method: 'GET', url: '/api/v1/organisations/' }), 404);
    expectProblem(await test.request({ method: 'GET', url: '/api/v1/health/' }), 404);
    const version = await test.request({ method: 'GET', url: '/api/v1/does-not-exist' });
    expect(version.headers['api-version']).toBe(apiVersion);
  });

  it('answers a known path with a wrong method with 405 and Allow', async () => {
    const response = await test.request({ method: 'DELETE', url: '/api/v1/organisations' });
    expectProblem(response, 405);
    expect(String(response.headers.allow).split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
    const put = await test.request({ method: 'PUT', url: `/api/v1/organisations/${randomUUID()}` });
    expectProblem(put, 405);
    expect(put.headers.allow).toBe('GET, PATCH, HEAD');
  });

  it('refuses unknown and invalid query parameters with 400 naming them', async () => {
    const unknown = expectProblem(
      await admin.request({ method: 'GET', url: '/api/v1/organisations?colour=blue' }),
      400,
    );
    expect(unknown.invalidParams).toEqual([expect.objectContaining({ name: 'query.colour', code: 'unknown_field' })]);
    const invalid = expectProblem(
      await admin.request({ method: 'GET', url: '/api/v1/organisations?page=0&pageSize=1000' }),
      400,
    );
    expect(invalid.invalidParams?.map((param) => param.name).sort()).toEqual(['query.page', 'query.pageSize']);
    // Rules without a message of their own answer in Dutch too.
    expect(invalid.invalidParams?.find((param) => param.name === 'query.pageSize')?.reason).toMatch(/^Te groot/);
    const onHealth = expectProblem(await test.request({ method: 'GET', url: '/api/v1/health?x=1' }), 400);
    expect(onHealth.invalidParams?.[0]?.name).toBe('query.x');
  });

  it('answers an id that is not a UUID with 400, and an unknown id with 404', async () => {
    const invalid = expectProblem(await admin.request({ method: 'GET', url: '/api/v1/organisations/12' }), 400);
    expect(invalid.invalidParams?.[0]?.name).toBe('path.organisationId');
    expectProblem(await admin.request({ method: 'GET', url: `/api/v1/organisations/${randomUUID()}` }), 404);
  });

  describe.each(writeOperations.map((operation) => [operation.operationId, operation] as const))(
    '%s refuses bad input without a 500 and stores nothing',
    (_, operation) => {
      // Sent by someone the operation allows (the administrator, or a partner — else a facilitator — for bouwteam work), so only the input decides.
      const allowedCaller = () => {
        const permission = 'permission' in operation.access ? operation.access.permission : undefined;
        if (!permission || 'admin' in policy[permission]) return admin;
        const rule: Rule = policy[permission];
        const roles: readonly string[] = rule.roles ?? [];
        return roles.includes('partner') ? partner : facilitator;
      };
      const send = (payload: string | undefined, contentType?: string) =>
        allowedCaller().request({
          method: operation.method,
          url: url(operation),
          ...(payload === undefined ? {} : { payload }),
          ...(contentType ? { headers: { 'content-type': contentType } } : {}),
        });

      it.each([
        ['malformed JSON', '{"name": "Zorg', 'application/json', 400],
        ['an empty body', '', 'application/json', 400],
        ['no body at all', undefined, undefined, 400],
        ['JSON null', 'null', 'application/json', 400],
        ['a JSON array', '[]', 'application/json', 400],
        ['a JSON string', '"hallo"', 'application/json', 400],
        [
          'wrong types',
          JSON.stringify({ name: 12, type: ['gemeente'], kvkNumber: true, oin: {} }),
          'application/json',
          400,
        ],
        [
          'unknown fields',
          JSON.stringify({ name: 'Welzijn Noord', type: 'welzijnsorganisatie', bsn: '123456782' }),
          'application/json',
          400,
        ],
        ['text/plain', 'name=Zorg', 'text/plain', 415],
        ['a form', 'name=Zorg&type=ggd', 'application/x-www-form-urlencoded', 415],
        ['XML', '<organisation/>', 'application/xml', 415],
        ['a huge body', JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), type: 'ggd' }), 'application/json', 413],
      ] as const)('%s', async (_, payload, contentType, status) => {
        const before = await rowCount();
        const response = await send(payload, contentType);
        expect(response.statusCode).not.toBe(500);
        // Routes with a path parameter may answer 404 for the unknown record once the body passes; these bodies never pass.
        expectProblem(response, status);
        expect(response.body).not.toMatch(/at .*\.(js|ts):\d+/);
        expect(await rowCount()).toBe(before);
      });
    },
  );
});
