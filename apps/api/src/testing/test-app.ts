import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../app.js';
import { sessionCookieName } from '../auth/auth.service.js';
import { Clock } from '../common/clock.js';
import { startSqliteMemoryFrom } from '../persistence/data-source.js';
import { demoPassword } from '../demo/demo-data.js';
import { loadConfig, type Config } from '../config/config.js';
import { seedDemoData } from '../demo/seed.js';
import {
  adminClient,
  createDatabaseFrom,
  databaseUrl,
  ensurePostgresDemoTemplate,
  ensurePostgresMigratedTemplate,
  ensureSqliteImage,
} from './database-templates.js';

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
 *
 * The database starts as a copy of one the global setup migrated (and, with `demo`, seeded) once for the run
 * (global-setup.ts): the app's migrations at start then find nothing pending. `empty: true` starts from an empty
 * database instead, so the app runs every migration itself (and `demo` seeds it here).
 */
export async function startTestApp({
  demo = false,
  empty = false,
  env = {},
}: { demo?: boolean; empty?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const ownDatabase = 'DATABASE_URL' in env || 'SQLITE_PATH' in env;
  const template = empty || ownDatabase ? undefined : await templateFor({ demo });
  const fresh = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, template) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SQLITE_PATH: ':memory:',
    WEB_DIST: '/nonexistent-web-dist',
    ...(fresh ? { DATABASE_URL: fresh.url } : {}),
    ...env,
  });
  const image = !process.env.DATABASE_URL && template ? fs.readFileSync(template) : undefined;
  startSqliteMemoryFrom(image);
  let app: NestFastifyApplication;
  try {
    app = await createApp(config);
  } finally {
    startSqliteMemoryFrom(undefined);
  }
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  if (demo && !template) await seedDemoData(dataSource);
  const request = (options: InjectOptions) => app.inject(options);
  return {
    app,
    dataSource,
    config,
    clock: app.get(Clock),
    request,
    async signIn(email, password = demoPassword) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      if (response.statusCode !== 200)
        throw new Error(`Sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((candidate) => candidate.name === sessionCookieName);
      const me = response.json() as { person: { id: string }; csrfToken: string };
      const headers = { cookie: `${sessionCookieName}=${cookie!.value}`, 'x-csrf-token': me.csrfToken };
      return {
        email,
        personId: me.person.id,
        headers,
        request: (options) =>
          app.inject({
            ...options,
            headers: { ...headers, ...(options.headers as Record<string, string> | undefined) },
          }),
      };
    },
    async close() {
      await app.close();
      await fresh?.drop();
    },
  };
}

/** The template of this database and run (a file of SQLite bytes, or a PostgreSQL database name); none outside the global setup. */
async function templateFor({ demo }: { demo: boolean }): Promise<string | undefined> {
  const run = inject('templateRun');
  const folder = inject('templateFolder');
  if (!run || !folder) return undefined;
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) return ensureSqliteImage(folder, demo);
  const migrated = await ensurePostgresMigratedTemplate(baseUrl);
  return demo ? ensurePostgresDemoTemplate(baseUrl, migrated, run) : migrated;
}

export async function createScratchDatabase(
  baseUrl: string,
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `leerkring_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = await adminClient(baseUrl);
  try {
    if (template) await createDatabaseFrom(admin, name, template);
    else await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(baseUrl, name),
    async drop() {
      const client = await adminClient(baseUrl);
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
