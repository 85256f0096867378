import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/config.js';
import { buildOpenApiDocument } from '../../openapi/openapi-document.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { oidcCookieName } from './oidc-login.js';
import { clientId, clientSecret } from '../../testing/oidc-provider.js';

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
