import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../app.js';
import { sessionCookieName } from '../auth/auth.service.js';
import { Clock } from '../common/clock.js';
import { demoPassword } from '../database/demo/demo-data.js';
import { loadConfig, type Config } from '../config/config.js';
import { seedDemoData } from '../database/demo/seed.js';

type Inject = NestFastifyApplication['inject'];
type InjectOptions = Exclude<Parameters<Inject>[0], string | undefined>;

/** A signed-in test user: the session cookie and CSRF token to send along. */
export interface TestSession {
  email: string;
  personId: string;
  headers: Record<string, string>;
  /** Sends a request as this person (cookie and CSRF token added). */
  request(options: InjectOptions): ReturnType<Inject>;
}

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  config: Config;
  clock: Clock;
  request(options: InjectOptions): ReturnType<Inject>;
  /** Signs in through the API, as a browser would. */
  signIn(email: string, password?: string): Promise<TestSession>;
  close(): Promise<void>;
}

/**
 * The real app on a fresh database: SQLite in memory, or — when DATABASE_URL is set — a PostgreSQL database made for
 * this test file and dropped after it. An unreachable PostgreSQL fails the test; it never silently falls back.
 */
export async function startTestApp({ demo = false, env = {} }: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const fresh = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SQLITE_PATH: ':memory:',
    WEB_DIST: '/nonexistent-web-dist',
    ...(fresh ? { DATABASE_URL: fresh.url } : {}),
    ...env,
  });
  const app = await createApp(config);
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  if (demo) await seedDemoData(dataSource);
  const request = (options: InjectOptions) => app.inject(options);
  return {
    app,
    dataSource,
    config,
    clock: app.get(Clock),
    request,
    async signIn(email, password = demoPassword) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`Sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((candidate) => candidate.name === sessionCookieName);
      const me = response.json() as { person: { id: string }; csrfToken: string };
      const headers = { cookie: `${sessionCookieName}=${cookie!.value}`, 'x-csrf-token': me.csrfToken };
      return {
        email,
        personId: me.person.id,
        headers,
        request: (options) => app.inject({ ...options, headers: { ...headers, ...(options.headers as Record<string, string> | undefined) } }),
      };
    },
    async close() {
      await app.close();
      await fresh?.drop();
    },
  };
}

export async function createScratchDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `leerkring_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`DATABASE_URL is set but PostgreSQL is unreachable (${(error as Error).message}); the PostgreSQL tests cannot run.`);
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
