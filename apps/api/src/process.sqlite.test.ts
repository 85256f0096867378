import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BetterSqlite3 } from './persistence/better-sqlite3.js';
import { apiRoot, builtMain, ensureBuilt, freePort } from './testing/built-api.js';

/**
 * The built app as an operator runs it (`node dist/main.js`): an unreachable database at start, SIGTERM while a
 * request and an event stream are open, and kill -9 under a write load. Runs once (in the SQLite project); the
 * unreachable database is a PostgreSQL URL on port 1.
 */
const main = builtMain;

interface Started {
  child: ChildProcess;
  base: string;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(env: Record<string, string>): Omit<Started, 'base'> {
  const child = spawn(process.execPath, [main], {
    cwd: apiRoot,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      WEB_DIST: '/nonexistent-web-dist',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exit };
}

async function start(sqlitePath: string): Promise<Started> {
  const port = await freePort();
  const started = run({
    SQLITE_PATH: sqlitePath,
    PORT: String(port),
    SHUTDOWN_TIMEOUT_SECONDS: '10',
    LEERKRING_DEMO: 'true',
  });
  const deadline = Date.now() + 60_000;
  while (!started.output().includes('Leerkring draait op')) {
    if (started.child.exitCode !== null) throw new Error(`The app stopped: ${started.output()}`);
    if (Date.now() > deadline) throw new Error(`The app did not start: ${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ...started, base: `http://127.0.0.1:${port}` };
}

async function signIn(base: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'leerkring-demo' }),
  });
  if (response.status !== 200) throw new Error(`sign-in ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';', 1)[0])
    .join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

describe('the built app under operator faults', () => {
  let directory: string;
  beforeAll(() => {
    ensureBuilt();
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-process-'));
  }, 240_000);
  afterAll(() => {
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('an unreachable database at start: names host and setting (password masked), retries for the bounded time, exits 1', async () => {
    const { exit, output } = run({
      DATABASE_URL: 'postgres://leerkring:heel-geheim@127.0.0.1:1/leerkring',
      DATABASE_CONNECT_TIMEOUT_SECONDS: '2',
    });
    let exited: { code: number | null } | undefined;
    void exit.then((result) => (exited = result));
    // Loading the app takes a while on a busy machine; the bound counts from the first attempt.
    while (!output().includes('poging 1,') && !exited) await new Promise((resolve) => setTimeout(resolve, 20));
    const firstAttempt = Date.now();
    const { code } = await exit;
    const retried = Date.now() - firstAttempt;
    expect(code).toBe(1);
    expect(retried).toBeGreaterThanOrEqual(1000);
    expect(retried).toBeLessThan(8000);
    const text = output();
    expect(text).toContain('127.0.0.1:1');
    expect(text).toContain('DATABASE_URL=postgres://leerkring:***@127.0.0.1:1/leerkring');
    expect(text).toContain('DATABASE_CONNECT_TIMEOUT_SECONDS');
    expect(text).not.toContain('heel-geheim');
    expect(text.match(/poging \d+, opnieuw over/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it('SIGTERM: the running request completes, the event stream ends, exit code 0', async () => {
    const file = path.join(directory, 'sigterm.sqlite');
    const app = await start(file);
    try {
      const partner = await signIn(app.base, 'partner@leerkring.test');
      const db = new BetterSqlite3(file, { readonly: true });
      const sessionId = (
        db.prepare("SELECT id FROM intervision_session WHERE status = 'planned' LIMIT 1").get() as { id: string }
      ).id;
      db.close();
      const stream = await fetch(`${app.base}/api/v1/intervision-sessions/${sessionId}/events`, {
        headers: { cookie: partner.cookie! },
      });
      expect(stream.status).toBe(200);
      const reader = stream.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(first).toContain('event: snapshot');
      // A request that takes a while (the password is checked with argon2), SIGTERM while it runs.
      const pending = fetch(`${app.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'partner2@leerkring.test', password: 'leerkring-demo' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 15));
      app.child.kill('SIGTERM');
      const answer = await pending;
      expect(answer.status).toBe(200);
      const { person } = (await answer.json()) as { person: { id: string } };
      // The stream ends (the server closes it) rather than hanging.
      for (;;) {
        const { done } = await reader.read();
        if (done) break;
      }
      expect(await app.exit, app.output()).toEqual({ code: 0, signal: null });
      const after = new BetterSqlite3(file, { readonly: true });
      // The acknowledged sign-in's session was stored before the process ended.
      expect(after.prepare('SELECT COUNT(*) AS n FROM auth_session WHERE person_id = ?').get(person.id)).toEqual({
        n: 1,
      });
      after.close();
    } finally {
      app.child.kill('SIGKILL');
    }
  }, 120_000);

  it('kill -9 under a write load: every acknowledged write and its access-log entry survives, nothing half-written', async () => {
    const file = path.join(directory, 'kill9.sqlite');
    const app = await start(file);
    const acknowledged: string[] = [];
    try {
      const admin = await signIn(app.base, 'beheerder@leerkring.test');
      const db = new BetterSqlite3(file, { readonly: true });
      const organisationId = (
        db.prepare("SELECT id FROM organisation WHERE name = 'Welzijn Oude IJssel'").get() as { id: string }
      ).id;
      db.close();
      let number = 0;
      let running = true;
      const worker = async () => {
        while (running) {
          number += 1;
          const response = await fetch(`${app.base}/api/v1/people`, {
            method: 'POST',
            headers: admin,
            body: JSON.stringify({ name: 'Voor De Kill', email: `kill-${number}@leerkring.test`, organisationId }),
          }).catch(() => undefined);
          if (response?.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
          if (!response) return;
        }
      };
      const workers = [worker(), worker(), worker()];
      await new Promise((resolve) => setTimeout(resolve, 1500));
      app.child.kill('SIGKILL');
      running = false;
      await Promise.all(workers);
      expect(await app.exit).toMatchObject({ signal: 'SIGKILL' });
    } finally {
      app.child.kill('SIGKILL');
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    const db = new BetterSqlite3(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const people = new Set(
        (db.prepare("SELECT id FROM person WHERE email LIKE 'kill-%'").all() as { id: string }[]).map((row) => row.id),
      );
      const logged = new Set(
        (
          db
            .prepare("SELECT record_id FROM access_log_entry WHERE event = 'create' AND record_type = 'person'")
            .all() as { record_id: string }[]
        ).map((row) => row.record_id),
      );
      expect(acknowledged.filter((id) => !people.has(id))).toEqual([]);
      // No person without its access-log entry: each action is one transaction.
      expect([...people].filter((id) => !logged.has(id))).toEqual([]);
    } finally {
      db.close();
    }
  }, 120_000);
});
