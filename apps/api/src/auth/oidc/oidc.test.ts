import { MeSchema, ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonEntity } from '../../people/person.entity.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { sessionCookieName } from '../auth.service.js';
import { oidcCookieName } from './oidc-login.js';
import { redirectUri, clientId, clientSecret, startProvider, Browser } from '../../testing/oidc-provider.js';

describe('single sign-on with OpenID Connect', () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let test: TestApp;

  beforeAll(async () => {
    provider = await startProvider();
    test = await startTestApp({
      demo: true,
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: clientId,
        OIDC_CLIENT_SECRET: clientSecret,
        OIDC_NAME: 'Leerkring-ID',
      },
    });
    const partner = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'partner@leerkring.test' });
    await test.dataSource.getRepository(PersonEntity).save({
      name: 'Vera Vertrokken',
      email: 'vertrokken@leerkring.test',
      organisationId: partner.organisationId,
      passwordHash: null,
      active: false,
    });
  });
  afterAll(async () => {
    await test?.close();
    await provider?.close();
  });

  /** Starts at the API, goes through the provider as `accountId`, and comes back to the API's callback. */
  async function signInAs(accountId: string, { returnTo = '/bouwteams' }: { returnTo?: string } = {}) {
    const browser = new Browser(test);
    const started = await browser.getApi(`/api/v1/auth/oidc/authorization?returnTo=${encodeURIComponent(returnTo)}`);
    expect(started.statusCode, started.body).toBe(302);
    const callback = await browser.throughProvider(started.headers.location as string, { accountId });
    const completed = await browser.getApi(callback.pathname + callback.search);
    return { browser, started, callback, completed };
  }

  it('reports that single sign-on is offered, and by what name', async () => {
    const response = await test.request({ method: 'GET', url: '/api/v1/auth/sso' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ enabled: true, name: 'Leerkring-ID' });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, and keeps the verifier to itself', async () => {
    const response = await test.request({ method: 'GET', url: '/api/v1/auth/oidc/authorization' });
    expect(response.statusCode).toBe(302);
    expect(response.body).toBe('');
    expect(response.headers['api-version']).toBeDefined();
    expect(response.headers['cache-control']).toBe('no-store');
    const location = new URL(response.headers.location as string);
    expect(location.origin).toBe(provider.issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.stringMatching(/^[\w-]{20,}$/),
      nonce: expect.stringMatching(/^[\w-]{20,}$/),
    });
    expect(location.searchParams.has('code_verifier')).toBe(false);
    const cookie = response.cookies.find((candidate) => candidate.name === oidcCookieName)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc', maxAge: 600 });
    // The cookie holds an opaque id: none of the values sent to the provider.
    expect([...location.searchParams.values()]).not.toContain(cookie.value);
    expect(response.cookies.find((candidate) => candidate.name === sessionCookieName)).toBeUndefined();
  });

  it('signs in the active person with the verified e-mail address, as password sign-in does, and continues at returnTo', async () => {
    const { browser, callback, completed } = await signInAs('pim', { returnTo: '/bouwteams?tab=leden' });
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(completed.statusCode, completed.body).toBe(302);
    expect(completed.headers.location).toBe('/bouwteams?tab=leden');
    expect(completed.headers['api-version']).toBeDefined();
    const session = completed.cookies.find((candidate) => candidate.name === sessionCookieName)!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 60 * 60 });
    // The transaction ends with the callback: its cookie is cleared.
    expect(browser.api.get(oidcCookieName)).toBeUndefined();

    const me = await test.request({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `${sessionCookieName}=${session.value}` },
    });
    expect(me.statusCode).toBe(200);
    const person = MeSchema.parse(me.json());
    expect(person.person.email).toBe('partner@leerkring.test');
    expect(person.authenticatedBy).toBe('session');
    expect(person.csrfToken).toBeTruthy();
  });

  it('continues at / when no returnTo was given', async () => {
    const browser = new Browser(test);
    const started = await browser.getApi('/api/v1/auth/oidc/authorization');
    const callback = await browser.throughProvider(started.headers.location as string, { accountId: 'pim' });
    const completed = await browser.getApi(callback.pathname + callback.search);
    expect(completed.headers.location).toBe('/');
    expect(browser.api.get(sessionCookieName)).toBeTruthy();
  });

  it('opens no session for an address the provider has not verified', async () => {
    const { browser, completed } = await signInAs('priya');
    expect(completed.statusCode).toBe(302);
    expect(completed.headers.location).toBe('/aanmelden?sso=failed');
    expect(browser.api.get(sessionCookieName)).toBeUndefined();
  });

  it('opens no session, and makes no account, for an address nobody here has', async () => {
    const { browser, completed } = await signInAs('stranger');
    expect(completed.statusCode).toBe(302);
    expect(completed.headers.location).toBe('/aanmelden?sso=unknown');
    expect(browser.api.get(sessionCookieName)).toBeUndefined();
    expect(await test.dataSource.getRepository(PersonEntity).existsBy({ email: 'niemand@elders.test' })).toBe(false);
  });

  it('opens no session for a person who is no longer active', async () => {
    const { browser, completed } = await signInAs('former');
    expect(completed.headers.location).toBe('/aanmelden?sso=unknown');
    expect(browser.api.get(sessionCookieName)).toBeUndefined();
  });

  it('refuses an answer with another state, and the transaction cannot be tried again', async () => {
    const browser = new Browser(test);
    const started = await browser.getApi('/api/v1/auth/oidc/authorization');
    const callback = await browser.throughProvider(started.headers.location as string, { accountId: 'pim' });
    const state = callback.searchParams.get('state')!;
    callback.searchParams.set('state', `${state}x`);
    const wrong = await browser.getApi(callback.pathname + callback.search);
    expect(wrong.statusCode).toBe(302);
    expect(wrong.headers.location).toBe('/aanmelden?sso=failed');
    expect(browser.api.get(sessionCookieName)).toBeUndefined();

    // The right state after a wrong one is no good either: the transaction is spent (and its cookie gone).
    callback.searchParams.set('state', state);
    const cookie = `${oidcCookieName}=${started.cookies.find((candidate) => candidate.name === oidcCookieName)!.value}`;
    const replay = await test.request({ method: 'GET', url: callback.pathname + callback.search, headers: { cookie } });
    expect(replay.headers.location).toBe('/aanmelden?sso=failed');
    expect(replay.cookies.find((candidate) => candidate.name === sessionCookieName)).toBeUndefined();
  });

  it('refuses a callback in a browser that did not start the sign-in', async () => {
    const browser = new Browser(test);
    const started = await browser.getApi('/api/v1/auth/oidc/authorization');
    const callback = await browser.throughProvider(started.headers.location as string, { accountId: 'pim' });
    const elsewhere = await test.request({ method: 'GET', url: callback.pathname + callback.search });
    expect(elsewhere.headers.location).toBe('/aanmelden?sso=failed');
    expect(elsewhere.cookies.find((candidate) => candidate.name === sessionCookieName)).toBeUndefined();
  });

  it('refuses a sign-in that took longer than ten minutes', async () => {
    const browser = new Browser(test);
    const started = await browser.getApi('/api/v1/auth/oidc/authorization');
    const callback = await browser.throughProvider(started.headers.location as string, { accountId: 'pim' });
    test.clock.advance(11 * 60 * 1000);
    const late = await browser.getApi(callback.pathname + callback.search);
    expect(late.headers.location).toBe('/aanmelden?sso=failed');
    expect(browser.api.get(sessionCookieName)).toBeUndefined();
  });

  it('sends the browser back without a session when the person cancels at the provider', async () => {
    const browser = new Browser(test);
    const started = await browser.getApi('/api/v1/auth/oidc/authorization');
    const callback = await browser.throughProvider(started.headers.location as string, {
      accountId: 'pim',
      abort: true,
    });
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const completed = await browser.getApi(callback.pathname + callback.search);
    expect(completed.statusCode).toBe(302);
    expect(completed.headers.location).toBe('/aanmelden?sso=failed');
    expect(browser.api.get(sessionCookieName)).toBeUndefined();
  });

  it('answers a redirect, never an error page, for a callback that makes no sense', async () => {
    for (const query of ['', '?code=abc', '?state=abc', '?error=server_error&state=abc']) {
      const response = await test.request({ method: 'GET', url: `/api/v1/auth/oidc/callback${query}` });
      expect(response.statusCode, query).toBe(302);
      expect(response.headers.location, query).toBe('/aanmelden?sso=failed');
    }
  });

  it.each([
    '//elders.example/pad',
    '/\\elders.example',
    'https://elders.example/',
    'bouwteams',
    '/\tbouwteams',
    '/a b',
  ])('refuses returnTo %j, which could leave this site', async (returnTo) => {
    const response = await test.request({
      method: 'GET',
      url: `/api/v1/auth/oidc/authorization?returnTo=${encodeURIComponent(returnTo)}`,
    });
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).invalidParams?.[0]?.name).toBe('query.returnTo');
    expect(response.headers.location).toBeUndefined();
  });
});
