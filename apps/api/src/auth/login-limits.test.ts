import { ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { knownDeviceCookieName } from './login.service.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { PasswordVerifier } from './password-verifier.js';

type Response = Awaited<ReturnType<TestApp['request']>>;

const login = (
  test: TestApp,
  email: string,
  password: string,
  { address = '127.0.0.1', cookie }: { address?: string; cookie?: string } = {},
) =>
  test.request({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: address,
    headers: cookie ? { cookie } : {},
  });

const deviceCookieOf = (response: Response) => {
  const cookie = response.cookies.find((candidate) => candidate.name === knownDeviceCookieName);
  return cookie ? `${knownDeviceCookieName}=${cookie.value}` : undefined;
};

const statuses = (responses: Response[]) =>
  responses.reduce<Record<number, number>>(
    (counts, { statusCode }) => ({ ...counts, [statusCode]: (counts[statusCode] ?? 0) + 1 }),
    {},
  );

describe('sign-in limits', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true, env: { LOGIN_ADDRESS_LIMIT: '10', PASSWORD_HASH_QUEUE: '100' } });
  });
  afterAll(async () => {
    await test.close();
  });

  it('checks at most 5 of 60 parallel wrong passwords for one account, answers the rest 429, and lets its owner in from a known browser', async () => {
    const email = 'partner@leerkring.test';
    // The owner signed in from this browser before: it holds a known-device cookie, restricted to the sign-in path.
    const earlier = await login(test, email, 'leerkring-demo', { address: '10.1.0.1' });
    expect(earlier.statusCode).toBe(200);
    const device = earlier.cookies.find((candidate) => candidate.name === knownDeviceCookieName)!;
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/login' });
    expect(device.maxAge).toBeGreaterThan(24 * 60 * 60);

    const verifier = test.app.get(PasswordVerifier);
    const before = verifier.verifications;
    const attack = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        login(test, email, `fout-wachtwoord-${index}`, { address: `10.2.0.${index}` }),
      ),
    );
    expect(verifier.verifications - before).toBeLessThanOrEqual(5);
    expect(statuses(attack)).toEqual({ 401: 5, 429: 55 });
    for (const refused of attack.filter(({ statusCode }) => statusCode === 429)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(ProblemSchema.parse(refused.json()).code).toBe('AUTH_TOO_MANY_ATTEMPTS');
    }

    // The right password from a new browser waits too; from the owner's known browser it signs in.
    expect((await login(test, email, 'leerkring-demo', { address: '10.1.0.2' })).statusCode).toBe(429);
    const owner = await login(test, email, 'leerkring-demo', { address: '10.1.0.1', cookie: deviceCookieOf(earlier) });
    expect(owner.statusCode).toBe(200);
    // A known browser gets 5 tries of its own, not more.
    const stolen = [];
    for (let attempt = 0; attempt < 6; attempt++)
      stolen.push(
        await login(test, email, `fout-${attempt}`, { address: '10.1.0.1', cookie: deviceCookieOf(earlier) }),
      );
    expect(statuses(stolen)).toEqual({ 401: 5, 429: 1 });
  });

  it('limits the failed tries per address over all accounts, and a success does not count against it', async () => {
    const address = '10.3.0.1';
    expect((await login(test, 'manager@leerkring.test', 'leerkring-demo', { address })).statusCode).toBe(200);
    for (let index = 0; index < 10; index++)
      expect((await login(test, `niemand-${index}@leerkring.test`, 'fout-wachtwoord', { address })).statusCode).toBe(
        401,
      );
    const blocked = await login(test, 'facilitator@leerkring.test', 'leerkring-demo', { address });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected, and after the window the address may try again.
    expect(
      (await login(test, 'facilitator@leerkring.test', 'leerkring-demo', { address: '10.3.0.2' })).statusCode,
    ).toBe(200);
    test.clock.advance(15 * 60 * 1000 + 1000);
    expect((await login(test, 'facilitator@leerkring.test', 'leerkring-demo', { address })).statusCode).toBe(200);
  });

  it('forgets counts whose window ended when it writes a new failure', async () => {
    const attempts = test.dataSource.getRepository(LoginAttemptEntity);
    await login(test, 'niemand@leerkring.test', 'fout-wachtwoord', { address: '10.4.0.1' });
    test.clock.advance(15 * 60 * 1000 + 1000);
    await login(test, 'niemand-anders@leerkring.test', 'fout-wachtwoord', { address: '10.4.0.2' });
    const left = (await attempts.find()).map(({ bucket }) => bucket);
    expect(left).not.toContain('account:niemand@leerkring.test');
    expect(left).not.toContain('address:10.4.0.1');
    expect(left).toContain('account:niemand-anders@leerkring.test');
  });
});

describe('sign-in limits over all accounts', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true, env: { LOGIN_GLOBAL_LIMIT: '4' } });
  });
  afterAll(async () => {
    await test.close();
  });

  it('answers 429 to every new browser once too many tries failed in all, but lets a known browser in', async () => {
    const earlier = await login(test, 'coordinator@leerkring.test', 'leerkring-demo', { address: '10.5.0.1' });
    for (let index = 0; index < 4; index++)
      expect(
        (await login(test, `niemand-${index}@leerkring.test`, 'fout', { address: `10.6.0.${index}` })).statusCode,
      ).toBe(401);
    expect((await login(test, 'manager@leerkring.test', 'leerkring-demo', { address: '10.7.0.1' })).statusCode).toBe(
      429,
    );
    expect(
      (
        await login(test, 'coordinator@leerkring.test', 'leerkring-demo', {
          address: '10.5.0.1',
          cookie: deviceCookieOf(earlier),
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('password checks at once', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true, env: { PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_QUEUE: '1' } });
  });
  afterAll(async () => {
    await test.close();
  });

  it('answers 503 with Retry-After when more sign-ins wait for a password check than the queue holds', async () => {
    const emails = [
      'partner',
      'partner2',
      'facilitator',
      'coordinator',
      'manager',
      'ervaringsdeskundige',
      'buiten',
      'beheerder',
    ].map((name) => `${name}@leerkring.test`);
    const responses = await Promise.all(
      emails.map((email, index) => login(test, email, 'leerkring-demo', { address: `10.8.0.${index}` })),
    );
    const counts = statuses(responses);
    expect(counts[200]).toBeGreaterThanOrEqual(2);
    expect(counts[503]).toBeGreaterThanOrEqual(1);
    expect((counts[200] ?? 0) + (counts[503] ?? 0)).toBe(emails.length);
    for (const busy of responses.filter(({ statusCode }) => statusCode === 503)) {
      expect(busy.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
      expect(ProblemSchema.parse(busy.json()).code).toBe('AUTH_BUSY');
    }
    // Afterwards the queue is empty again.
    expect((await login(test, 'partner@leerkring.test', 'leerkring-demo', { address: '10.8.1.1' })).statusCode).toBe(
      200,
    );
  });
});
