import { MeSchema, ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { sessionCookieName } from './auth.service.js';

const login = (test: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
  test.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });

describe('signing in', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  it('sets an http-only, SameSite=Lax session cookie and answers the person, roles and a CSRF token', async () => {
    const response = await login(test, 'Partner@Leerkring.test', 'leerkring-demo');
    expect(response.statusCode).toBe(200);
    const me = MeSchema.parse(response.json());
    expect(me.person.email).toBe('partner@leerkring.test');
    expect(me.memberships.map((membership) => [membership.context.name, membership.role])).toEqual([
      ['Bouwteam Jeugd en Wmo Oude IJsselstreek', 'partner'],
      ['Financieren vanuit de bedoeling', 'partner'],
    ]);
    expect(me.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = response.cookies.find((candidate) => candidate.name === sessionCookieName)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeUndefined();
    // Only a hash of the token is stored.
    expect(await test.dataSource.getRepository(AuthSessionEntity).existsBy({ id: cookie.value })).toBe(false);
  });

  it("marks the cookie Secure when served over https, and trusts a proxy's word for it only when configured", async () => {
    const untrusted = await login(test, 'partner2@leerkring.test', 'leerkring-demo', { 'x-forwarded-proto': 'https' });
    expect(untrusted.cookies.find((candidate) => candidate.name === sessionCookieName)?.secure).toBeUndefined();
    const behindProxy = await startTestApp({ demo: true, env: { TRUST_PROXY: 'true' } });
    try {
      const overHttps = await login(behindProxy, 'partner2@leerkring.test', 'leerkring-demo', {
        'x-forwarded-proto': 'https',
      });
      expect(overHttps.cookies.find((candidate) => candidate.name === sessionCookieName)?.secure).toBe(true);
    } finally {
      await behindProxy.close();
    }
  });

  it('gives one generic answer for a wrong password and for an unknown account', async () => {
    const wrongPassword = await login(test, 'manager@leerkring.test', 'niet-het-wachtwoord');
    const unknown = await login(test, 'niemand@leerkring.test', 'niet-het-wachtwoord');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const [a, b] = [ProblemSchema.parse(wrongPassword.json()), ProblemSchema.parse(unknown.json())];
    expect({ ...a, instance: undefined }).toEqual({ ...b, instance: undefined });
    expect(wrongPassword.cookies).toEqual([]);
  });

  it('answers 429 with Retry-After after more than 5 failed tries per account in 15 minutes, and lets go after', async () => {
    const email = 'facilitator@leerkring.test';
    for (let attempt = 1; attempt <= 5; attempt++)
      expect((await login(test, email, `fout-${attempt}`)).statusCode).toBe(401);
    const blocked = await login(test, email, 'leerkring-demo');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // Another account is not affected.
    expect((await login(test, 'coordinator@leerkring.test', 'leerkring-demo')).statusCode).toBe(200);
    test.clock.advance(15 * 60 * 1000 + 1000);
    expect((await login(test, email, 'leerkring-demo')).statusCode).toBe(200);
    expect(await test.dataSource.getRepository(LoginAttemptEntity).countBy({ bucket: `account:${email}` })).toBe(0);
  });

  it('refuses an inactive person', async () => {
    const admin = await test.signIn('beheerder@leerkring.test');
    const target = await test.signIn('ervaringsdeskundige@leerkring.test');
    const deactivate = await admin.request({
      method: 'PATCH',
      url: `/api/v1/people/${target.personId}`,
      payload: { active: false },
    });
    expect(deactivate.statusCode).toBe(200);
    expect((await target.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await login(test, 'ervaringsdeskundige@leerkring.test', 'leerkring-demo')).statusCode).toBe(401);
  });
});

describe('a session', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  it('needs the X-CSRF-Token header on every change, not on reads', async () => {
    const session = await test.signIn('partner@leerkring.test');
    const cookieOnly = { cookie: session.headers.cookie! };
    expect((await test.request({ method: 'GET', url: '/api/v1/me', headers: cookieOnly })).statusCode).toBe(200);
    const without = await test.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Koppeling' },
      headers: cookieOnly,
    });
    expect(without.statusCode).toBe(403);
    expect(ProblemSchema.parse(without.json()).code).toBe('AUTH_CSRF_MISSING');
    const wrong = await test.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: 'Koppeling' },
      headers: { ...cookieOnly, 'x-csrf-token': 'x' },
    });
    expect(wrong.statusCode).toBe(403);
    const logoutWithout = await test.request({ method: 'POST', url: '/api/v1/auth/logout', headers: cookieOnly });
    expect(logoutWithout.statusCode).toBe(403);
    expect(
      (await session.request({ method: 'POST', url: '/api/v1/me/api-tokens', payload: { name: 'Koppeling' } }))
        .statusCode,
    ).toBe(201);
  });

  it('ends after 30 minutes without activity', async () => {
    const session = await test.signIn('partner2@leerkring.test');
    test.clock.advance(29 * 60 * 1000);
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    test.clock.advance(29 * 60 * 1000);
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    test.clock.advance(31 * 60 * 1000);
    const expired = await session.request({ method: 'GET', url: '/api/v1/me' });
    expect(expired.statusCode).toBe(401);
    expect(ProblemSchema.parse(expired.json()).code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('ends 12 hours after sign-in, however active', async () => {
    const session = await test.signIn('manager@leerkring.test');
    const minute = 60 * 1000;
    let elapsed = 0;
    while (elapsed + 25 * minute < 12 * 60 * minute) {
      test.clock.advance(25 * minute);
      elapsed += 25 * minute;
      expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    }
    test.clock.advance(12 * 60 * minute - elapsed - minute);
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    test.clock.advance(2 * minute);
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('ends at a new sign-in in the same browser: the old session id is revoked and a new one issued', async () => {
    const first = await test.signIn('manager@leerkring.test');
    const oldCookie = first.headers.cookie!;
    const again = await login(test, 'manager@leerkring.test', 'leerkring-demo', { cookie: oldCookie });
    expect(again.statusCode).toBe(200);
    const newCookie = again.cookies.find((candidate) => candidate.name === sessionCookieName)!;
    expect(`${sessionCookieName}=${newCookie.value}`).not.toBe(oldCookie);
    const old = await test.request({ method: 'GET', url: '/api/v1/me', headers: { cookie: oldCookie } });
    expect(old.statusCode).toBe(401);
    expect(
      (
        await test.request({
          method: 'GET',
          url: '/api/v1/me',
          headers: { cookie: `${sessionCookieName}=${newCookie.value}` },
        })
      ).statusCode,
    ).toBe(200);
    // Also when another person signs in on that browser.
    const other = await login(test, 'partner@leerkring.test', 'leerkring-demo', {
      cookie: `${sessionCookieName}=${newCookie.value}`,
    });
    expect(other.statusCode).toBe(200);
    expect(
      (
        await test.request({
          method: 'GET',
          url: '/api/v1/me',
          headers: { cookie: `${sessionCookieName}=${newCookie.value}` },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('ends at sign-out: the cookie is cleared and no longer works', async () => {
    const session = await test.signIn('coordinator@leerkring.test');
    const out = await session.request({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((candidate) => candidate.name === sessionCookieName)?.value).toBe('');
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });
});
