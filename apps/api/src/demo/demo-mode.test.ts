import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, builtMain, ensureBuilt, freePort } from '../testing/built-api.js';
import { createScratchDatabase } from '../testing/test-app.js';

/**
 * Process tests of the start: the built API (dist/main.js, built here when older than the sources) started as in
 * production, on a fresh SQLite file or — when DATABASE_URL is set — a fresh PostgreSQL database.
 */
const main = builtMain;
const cli = builtCli;

interface Started {
  baseUrl: string;
  output: () => string;
  stop(): Promise<void>;
}

describe('the start', { timeout: 180_000 }, () => {
  let database: Record<string, string>;
  let drop: (() => Promise<void>) | undefined;
  let dataDir: string;

  beforeAll(async () => {
    ensureBuilt();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-start-'));
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL);
      database = { DATABASE_URL: scratch.url };
      drop = () => scratch.drop();
    } else {
      database = { SQLITE_PATH: path.join(dataDir, 'leerkring.sqlite') };
    }
  }, 180_000);
  afterAll(async () => {
    await drop?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const environment = (env: Record<string, string>): NodeJS.ProcessEnv => {
    const result: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent-web-dist',
      ...database,
      ...env,
    };
    delete result.LEERKRING_DEMO;
    if (!database.DATABASE_URL) delete result.DATABASE_URL;
    return { ...result, ...env };
  };

  /** Runs dist/main.js until it is healthy (resolves) or exits (rejects with its output and exit code). */
  async function start(args: string[] = [], env: Record<string, string> = {}): Promise<Started> {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [main, ...args], {
      env: environment({ PORT: String(port), ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const baseUrl = `http://127.0.0.1:${port}`;
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    };
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw Object.assign(new Error(`exited with ${child.exitCode}:\n${log}`), {
          exitCode: child.exitCode,
          output: log,
        });
      try {
        if ((await fetch(`${baseUrl}/api/v1/health`)).ok) return { baseUrl, output: () => log, stop };
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await stop();
    throw new Error(`not healthy within 90 s:\n${log}`);
  }

  const signIn = (baseUrl: string, email: string, password: string) =>
    fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('in production on an empty database loads no demo data, and ADMIN_EMAIL creates the first administrator', async () => {
    const app = await start([], {
      ADMIN_EMAIL: 'beheer@gemeente.example',
      ADMIN_PASSWORD: 'een-lang-en-eigen-wachtwoord',
    });
    try {
      const health = await (await fetch(`${app.baseUrl}/api/v1/health`)).json();
      expect(health).toMatchObject({ status: 'ok', demo: false });
      expect((await signIn(app.baseUrl, 'beheerder@leerkring.test', 'leerkring-demo')).status).toBe(401);
      const admin = await signIn(app.baseUrl, 'beheer@gemeente.example', 'een-lang-en-eigen-wachtwoord');
      expect(admin.status).toBe(200);
      expect(((await admin.json()) as { person: unknown }).person).toMatchObject({
        email: 'beheer@gemeente.example',
        isAdmin: true,
      });
      expect(app.output()).toContain('Eerste beheerder aangemaakt: beheer@gemeente.example');
      expect(app.output()).not.toContain('Demodata geladen');
    } finally {
      await app.stop();
    }
  });

  it('in demo mode loads the demo data only into an empty database', async () => {
    const app = await start(['--demo']);
    try {
      expect(await (await fetch(`${app.baseUrl}/api/v1/health`)).json()).toMatchObject({ demo: true });
      expect((await signIn(app.baseUrl, 'beheerder@leerkring.test', 'leerkring-demo')).status).toBe(401);
      expect(app.output()).not.toContain('Demodata geladen');
    } finally {
      await app.stop();
    }
  });

  describe('with a fresh database', () => {
    beforeAll(async () => {
      await drop?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.mkdirSync(dataDir, { recursive: true });
      if (process.env.DATABASE_URL) {
        const scratch = await createScratchDatabase(process.env.DATABASE_URL);
        database = { DATABASE_URL: scratch.url };
        drop = () => scratch.drop();
      }
    });

    it('in demo mode (LEERKRING_DEMO=true) loads the demo data', async () => {
      const app = await start([], { LEERKRING_DEMO: 'true' });
      try {
        expect(await (await fetch(`${app.baseUrl}/api/v1/health`)).json()).toMatchObject({ demo: true });
        expect(app.output()).toContain('Demodata geladen');
        expect((await signIn(app.baseUrl, 'beheerder@leerkring.test', 'leerkring-demo')).status).toBe(200);
      } finally {
        await app.stop();
      }
    });

    it('in production refuses to start while demo accounts exist, saying how to remove them', async () => {
      const refused = await start([], {
        ADMIN_EMAIL: 'beheer@gemeente.example',
        ADMIN_PASSWORD: 'een-lang-en-eigen-wachtwoord',
      }).then(
        async (app) => {
          await app.stop();
          return null;
        },
        (error: { exitCode?: number; output?: string }) => error,
      );
      expect(refused?.exitCode).toBe(1);
      expect(refused?.output).toContain('demo-account');
      expect(refused?.output).toContain('remove-demo-accounts');
    });

    it('starts in production after remove-demo-accounts, and ADMIN_EMAIL then creates the administrator', async () => {
      const removal = spawnSync(process.execPath, [cli, 'remove-demo-accounts'], {
        env: environment({}),
        encoding: 'utf8',
      });
      expect(removal.status, removal.stderr).toBe(0);
      expect(removal.stdout).toContain('8 demo-account(s) verwijderd');
      const app = await start([], {
        ADMIN_EMAIL: 'beheer@gemeente.example',
        ADMIN_PASSWORD: 'een-lang-en-eigen-wachtwoord',
      });
      try {
        expect(await (await fetch(`${app.baseUrl}/api/v1/health`)).json()).toMatchObject({ demo: false });
        expect((await signIn(app.baseUrl, 'beheerder@leerkring.test', 'leerkring-demo')).status).toBe(401);
        expect((await signIn(app.baseUrl, 'beheer@gemeente.example', 'een-lang-en-eigen-wachtwoord')).status).toBe(200);
      } finally {
        await app.stop();
      }
    });
  });
});
