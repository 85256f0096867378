import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { expect } from 'vitest';
import { type TestApp } from './test-app.js';

/** Where the API says its callback is when OIDC_REDIRECT_URI is not set (PORT defaults to 3000). */
export const redirectUri = 'http://localhost:3000/api/v1/auth/oidc/callback';
export const clientId = 'leerkring';
export const clientSecret = 'een-geheim-van-de-test-dat-lang-genoeg-is';

/** The accounts of the identity provider, by account id. */
export const accounts: Record<string, { email: string; email_verified: boolean; name: string }> = {
  pim: { email: 'Partner@Leerkring.test', email_verified: true, name: 'Pim Oldenkamp' },
  priya: { email: 'partner2@leerkring.test', email_verified: false, name: 'Priya Ramdin' },
  stranger: { email: 'niemand@elders.test', email_verified: true, name: 'Niemand' },
  former: { email: 'vertrokken@leerkring.test', email_verified: true, name: 'Vera Vertrokken' },
};

/** A real OpenID provider (oidc-provider) on 127.0.0.1 with one client: code flow, client_secret_basic, PKCE required. */
export async function startProvider(): Promise<{ issuer: string; close(): Promise<void> }> {
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
  const handle = provider.callback();
  server.on('request', (request, response) => {
    void handle(request, response);
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The cookies one side of a browser holds: name → value. */
export class CookieJar {
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

export const setCookiesOf = (header: string | string[] | undefined): string[] =>
  header === undefined ? [] : Array.isArray(header) ? header : [header];

/**
 * A browser, driven by hand: the API through inject, the provider through real HTTP, each with its own cookies.
 * Redirects are followed one at a time, so every step can be looked at.
 */
export class Browser {
  readonly api = new CookieJar();
  readonly provider = new CookieJar();

  constructor(private readonly test: TestApp) {}

  async getApi(url: string): Promise<Awaited<ReturnType<TestApp['request']>>> {
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
