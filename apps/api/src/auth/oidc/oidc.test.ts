import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeSchema, ProblemSchema } from '@leerkring/domain';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/config.js';
import { buildOpenApiDocument } from '../../openapi/openapi-document.js';
import { PersonEntity } from '../../people/person.entity.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { sessionCookieName } from '../auth.service.js';
import { oidcCookieName } from './oidc-login.js';

/** Where the API says its callback is when OIDC_REDIRECT_URI is not set (PORT defaults to 3000). */
const redirectUri = 'http://localhost:3000/api/v1/auth/oidc/callback';
const clientId = 'leerkring';
const clientSecret = 'een-geheim-van-de-test-dat-lang-genoeg-is';

/** The accounts of the identity provider, by account id. */
const accounts: Record<string, { email: string; email_verified: boolean; name: string }> = {
  pim: { email: 'Partner@Leerkring.test', email_verified: true, name: 'Pim Oldenkamp' },
  priya: { email: 'partner2@leerkring.test', email_verified: false, name: 'Priya Ramdin' },
  stranger: { email: 'niemand@elders.test', email_verified: true, name: 'Niemand' },
  former: { email: 'vertrokken@leerkring.test', email_verified: true, name: 'Vera Vertrokken' },
};

/** A real OpenID provider (oidc-provider) on 127.0.0.1 with one client: code flow, client_secret_basic, PKCE required. */
async function startProvider(): Promise<{ issuer: string; close(): Promise<void> }> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_context, id) => {
      const account = accounts[id];
      return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
    },
    cookies: { keys: ['cookie-key-of-the-test-provider'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The cookies one side of a browser holds: name → value. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some(
        (attribute) => /^\s*max-age=0\s*$/i.test(attribute) || /^\s*expires=Thu, 01 Jan 1970/i.test(attribute),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const setCookiesOf = (header: string | string[] | undefined): string[] =>
  header === undefined ? [] : Array.isArray(header) ? header : [header];

/**
 * A browser, driven by hand: the API through inject, the provider through real HTTP, each with its own cookies.
 * Redirects are followed one at a time, so every step can be looked at.
 */
class Browser {
  readonly api = new CookieJar();
  readonly provider = new CookieJar();

  constructor(private readonly test: TestApp) {}

  async getApi(url: string) {
    const response = await this.test.request({
      method: 'GET',
      url,
      headers: this.api.header() ? { cookie: this.api.header() } : {},
    });
    this.api.store(setCookiesOf(response.headers['set-cookie']));
    return response;
  }

  async fetchProvider(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...(this.provider.header() ? { cookie: this.provider.header() } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    this.provider.store(response.headers.getSetCookie());
    return response;
  }

  /**
   * From the provider's authorization URL to the API's callback URL: follows the provider's redirects, signs in as
   * `accountId` on its login form and consents. `abort` cancels at the login form instead.
   */
  async throughProvider(
    authorizationUrl: string,
    { accountId, abort = false }: { accountId: string; abort?: boolean },
  ): Promise<URL> {
    let url = new URL(authorizationUrl);
    for (let step = 0; step < 20; step += 1) {
      if (url.href.startsWith(redirectUri)) return url;
      const response = await this.fetchProvider(url.href);
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get('location')!, url);
        continue;
      }
      expect(response.status, await response.clone().text()).toBe(200);
      const html = await response.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      const action = new URL(/<form[^>]*action="([^"]+)"/.exec(html)![1]!, url);
      let submitted: Response;
      if (abort) {
        submitted = await this.fetchProvider(new URL(`${action.pathname}/abort`, url).href);
      } else if (prompt === 'login') {
        submitted = await this.fetchProvider(action.href, {
          method: 'POST',
          form: { prompt: 'login', login: accountId, password: 'wat-dan-ook' },
        });
      } else if (prompt === 'consent') {
        submitted = await this.fetchProvider(action.href, { method: 'POST', form: { prompt: 'consent' } });
      } else {
        throw new Error(`Unexpected page of the provider: ${html.slice(0, 300)}`);
      }
      expect(submitted.status).toBeGreaterThanOrEqual(300);
      url = new URL(submitted.headers.get('location')!, url);
    }
    throw new Error('The provider never sent the browser back');
  }
}

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

describe('single sign-on when it is not configured', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(async () => {
    await test.close();
  });

  it('reports it is not offered', async () => {
    const response = await test.request({ method: 'GET', url: '/api/v1/auth/sso' });
    expect(response.json()).toEqual({ enabled: false, name: null });
  });

  it.each(['/api/v1/auth/oidc/authorization', '/api/v1/auth/oidc/callback?code=abc&state=def'])(
    'answers 404 on %s',
    async (url) => {
      const response = await test.request({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(ProblemSchema.parse(response.json()).code).toBe('AUTH_SSO_DISABLED');
      expect(response.headers.location).toBeUndefined();
    },
  );
});

describe('single sign-on with a provider that cannot be reached', () => {
  let test: TestApp;
  beforeAll(async () => {
    // A port that was free a moment ago: nothing answers there.
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    test = await startTestApp({
      env: { OIDC_ISSUER: `http://127.0.0.1:${port}`, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret },
    });
  });
  afterAll(async () => {
    await test.close();
  });

  it('sends the browser back to the sign-in page instead of answering an error', async () => {
    const response = await test.request({ method: 'GET', url: '/api/v1/auth/oidc/authorization' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/aanmelden?sso=failed');
    expect(response.cookies.find((candidate) => candidate.name === oidcCookieName)).toBeUndefined();
  });
});

describe('the single sign-on configuration', () => {
  const complete = {
    OIDC_ISSUER: 'https://login.example.nl',
    OIDC_CLIENT_ID: 'leerkring',
    OIDC_CLIENT_SECRET: 'geheim',
  };

  it('is off by default, and on with issuer, client id and secret', () => {
    expect(loadConfig({}).OIDC_ISSUER).toBeUndefined();
    const config = loadConfig(complete);
    expect(config.OIDC_NAME).toBe('Single sign-on');
    expect(config.OIDC_SCOPES).toEqual(['openid', 'email', 'profile']);
  });

  it.each([
    [{ OIDC_ISSUER: complete.OIDC_ISSUER }, /OIDC_CLIENT_ID[\s\S]*OIDC_CLIENT_SECRET/],
    [{ OIDC_ISSUER: complete.OIDC_ISSUER, OIDC_CLIENT_ID: 'leerkring' }, /OIDC_CLIENT_SECRET/],
    [{ OIDC_CLIENT_ID: 'leerkring', OIDC_CLIENT_SECRET: 'geheim' }, /OIDC_ISSUER/],
    [{ ...complete, OIDC_ISSUER: 'ftp://login.example.nl' }, /OIDC_ISSUER/],
    [{ ...complete, OIDC_ISSUER: 'http://login.example.nl' }, /OIDC_ISSUER.*https/],
    [{ ...complete, OIDC_SCOPES: 'email profile' }, /OIDC_SCOPES/],
  ])('stops on %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('allows a plain-http provider on this machine, and anywhere in development', () => {
    expect(() => loadConfig({ ...complete, OIDC_ISSUER: 'http://localhost:8080/realms/leerkring' })).not.toThrow();
    expect(() =>
      loadConfig({ ...complete, NODE_ENV: 'development', OIDC_ISSUER: 'http://keycloak:8080/realms/leerkring' }),
    ).not.toThrow();
  });
});

describe('the OpenAPI document of single sign-on', () => {
  it('documents each step as a 302 with Location and API-Version and no body', () => {
    const document = buildOpenApiDocument();
    for (const path of ['/auth/oidc/authorization', '/auth/oidc/callback']) {
      const found = (
        document.paths[path] as Record<
          string,
          { responses: Record<string, { headers: Record<string, unknown>; content?: unknown }> }
        >
      ).get!;
      const redirect = found.responses['302']!;
      expect(Object.keys(redirect.headers).sort(), path).toEqual(['API-Version', 'Location']);
      expect(redirect.content, path).toBeUndefined();
      expect(found.responses['200'], path).toBeUndefined();
      expect(found.responses['404'], path).toBeDefined();
    }
  });
});
