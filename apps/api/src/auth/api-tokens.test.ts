import { ApiTokenCreatedSchema, ProblemSchema } from '@leerkring/domain';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { Like } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity.js';
import { sha256 } from '../common/secrets.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';

describe('personal API tokens', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  it("are shown once, work as Bearer with the person's own rights and no CSRF, and stop working when revoked", async () => {
    const session = await test.signIn('partner@leerkring.test');
    const created = await session.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Rapportage-koppeling' },
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json() as { id: string; token: string };
    expect(token).toMatch(/^lk_/);
    const listed = await session.request({ method: 'GET', url: '/api/v1/me/api-tokens' });
    expect(JSON.stringify(listed.json())).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    const me = await test.request({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(me.json()).toMatchObject({
      authenticatedBy: 'api-token',
      csrfToken: null,
      person: { email: 'partner@leerkring.test' },
    });
    expect((await test.request({ method: 'GET', url: '/api/v1/people', headers: bearer })).statusCode).toBe(403);
    expect((await session.request({ method: 'DELETE', url: `/api/v1/me/api-tokens/${id}` })).statusCode).toBe(204);
    expect((await test.request({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
    expect((await session.request({ method: 'DELETE', url: `/api/v1/me/api-tokens/${id}` })).statusCode).toBe(404);
  });

  it('expire after 90 days unless chosen (at most a year), and are refused 401 from then', async () => {
    const session = await test.signIn('partner@leerkring.test');
    const created = await session.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Standaard' },
    });
    const { token, createdAt, expiresAt, scope } = ApiTokenCreatedSchema.parse(created.json());
    expect(scope).toBe('read');
    expect(new Date(expiresAt).getTime() - new Date(createdAt).getTime()).toBe(90 * 24 * 3600 * 1000);
    const chosen = ApiTokenCreatedSchema.parse(
      (
        await session.request({
          method: 'POST',
          url: '/api/v1/me/api-tokens',
          payload: { name: 'Kort', expiresInDays: 2 },
        })
      ).json(),
    );
    expect(new Date(chosen.expiresAt).getTime() - new Date(chosen.createdAt).getTime()).toBe(2 * 24 * 3600 * 1000);
    const listed = (await session.request({ method: 'GET', url: '/api/v1/me/api-tokens' })).json().items as {
      id: string;
      expiresAt: string;
      scope: string;
    }[];
    expect(listed.find((item) => item.id === chosen.id)).toMatchObject({ expiresAt: chosen.expiresAt, scope: 'read' });

    const before = await test.dataSource.getRepository(ApiTokenEntity).count();
    const tooLong = await session.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Te lang', expiresInDays: 366 },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(tooLong.json()).invalidParams?.map((param) => param.name)).toContain(
      'body.expiresInDays',
    );
    const badScope = await session.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Raar', scope: 'admin' },
    });
    expect(ProblemSchema.parse(badScope.json()).invalidParams?.map((param) => param.name)).toContain('body.scope');
    expect(await test.dataSource.getRepository(ApiTokenEntity).count()).toBe(before);

    const bearer = (value: string) => ({ authorization: `Bearer ${value}` });
    test.clock.advance(2 * 24 * 3600 * 1000 - 60_000);
    expect((await test.request({ method: 'GET', url: '/api/v1/me', headers: bearer(chosen.token) })).statusCode).toBe(
      200,
    );
    test.clock.advance(60_000);
    const expired = await test.request({ method: 'GET', url: '/api/v1/me', headers: bearer(chosen.token) });
    expect(expired.statusCode).toBe(401);
    expect(ProblemSchema.parse(expired.json()).code).toBe('AUTH_TOKEN_EXPIRED');
    expect((await test.request({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(200);
  });

  it('with scope read may only read: any other method is refused 403', async () => {
    const session = await test.signIn('facilitator@leerkring.test');
    const created = await session.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Alleen lezen', scope: 'read' },
    });
    const { token, id } = ApiTokenCreatedSchema.parse(created.json());
    const bearer = { authorization: `Bearer ${token}` };
    expect((await test.request({ method: 'GET', url: '/api/v1/building-teams', headers: bearer })).statusCode).toBe(
      200,
    );
    expect((await test.request({ method: 'HEAD', url: '/api/v1/me', headers: bearer })).statusCode).toBe(200);
    const teams = (await test.request({ method: 'GET', url: '/api/v1/building-teams', headers: bearer })).json()
      .items as { id: string }[];
    const change = await test.request({
      method: 'POST',
      url: '/api/v1/lessons',
      payload: { buildingTeamId: teams[0]!.id },
      headers: bearer,
    });
    expect(change.statusCode).toBe(403);
    expect(ProblemSchema.parse(change.json()).code).toBe('AUTH_TOKEN_READ_ONLY');
    const revoke = await test.request({ method: 'DELETE', url: `/api/v1/me/api-tokens/${id}`, headers: bearer });
    expect(revoke.statusCode).toBe(403);
    expect((await test.request({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer })).statusCode).toBe(403);
  });

  it('cannot create or list tokens: only a session can (403)', async () => {
    const session = await test.signIn('partner2@leerkring.test');
    const { token } = ApiTokenCreatedSchema.parse(
      (
        await session.request({
          method: 'POST',
          url: '/api/v1/me/api-tokens',
          payload: { name: 'Schrijven', scope: 'read-write' },
        })
      ).json(),
    );
    const bearer = { authorization: `Bearer ${token}` };
    const before = await test.dataSource.getRepository(ApiTokenEntity).count();
    const create = await test.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Tweede', scope: 'read-write' },
      headers: bearer,
    });
    expect(create.statusCode).toBe(403);
    expect(ProblemSchema.parse(create.json()).code).toBe('AUTH_SESSION_REQUIRED');
    const list = await test.request({ method: 'GET', url: '/api/v1/me/api-tokens', headers: bearer });
    expect(list.statusCode).toBe(403);
    expect(ProblemSchema.parse(list.json()).code).toBe('AUTH_SESSION_REQUIRED');
    expect(await test.dataSource.getRepository(ApiTokenEntity).count()).toBe(before);
    // What the person may do otherwise, a read-write token may do.
    expect((await test.request({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(200);
  });

  it('have names of at most 100 characters, and such a name is written into the access log whole', async () => {
    const admin = await test.signIn('beheerder@leerkring.test');
    const name = 'K'.repeat(100);
    const created = await admin.request({ method: 'POST', url: '/api/v1/me/api-tokens', payload: { name } });
    expect(created.statusCode).toBe(201);
    const { token } = ApiTokenCreatedSchema.parse(created.json());
    const tooLong = await admin.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'K'.repeat(101) },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(ProblemSchema.parse(tooLong.json()).invalidParams?.map((param) => param.name)).toContain('body.name');
    const people = await test.request({
      method: 'GET',
      url: '/api/v1/people',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(people.statusCode).toBe(200);
    const entry = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .findOne({ where: { onBehalfOf: `API-token "${name}"` } });
    expect(entry).not.toBeNull();
    // A token named before the cap (up to 200 characters) still works; its on-behalf text is clamped to the column.
    const legacy = 'lk_legacy-token-with-a-long-name';
    await test.dataSource.getRepository(ApiTokenEntity).insert({
      personId: admin.personId,
      name: 'L'.repeat(200),
      tokenHash: sha256(legacy),
      prefix: legacy.slice(0, 10),
      scope: 'read',
      createdAt: test.clock.now(),
      expiresAt: new Date(test.clock.now().getTime() + 24 * 3600 * 1000),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(
      (await test.request({ method: 'GET', url: '/api/v1/people', headers: { authorization: `Bearer ${legacy}` } }))
        .statusCode,
    ).toBe(200);
    const clamped = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .findOne({ where: { onBehalfOf: Like('API-token "LLL%') } });
    expect(clamped?.onBehalfOf).toHaveLength(200);
  });

  it('of another person cannot be revoked (404)', async () => {
    const owner = await test.signIn('partner2@leerkring.test');
    const other = await test.signIn('buiten@leerkring.test');
    const { id } = (
      await owner.request({ method: 'POST', url: '/api/v1/me/api-tokens', payload: { name: 'Van mij' } })
    ).json() as { id: string };
    expect((await other.request({ method: 'DELETE', url: `/api/v1/me/api-tokens/${id}` })).statusCode).toBe(404);
  });
});

describe('the password policy', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  it.each([
    ['kort', 'too-short'],
    ['wachtwoord123', 'too-common'],
    ['123456789012', 'too-common'],
  ])('refuses %s as a new password', async (password) => {
    const response = await test.request({
      method: 'POST',
      url: '/api/v1/password-resets',
      payload: { token: 'een-herstellink', password },
    });
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).invalidParams?.map((param) => param.name)).toEqual(['body.password']);
  });
});
