import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const apiMain = path.resolve(webRoot, '../api/dist/main.js');
const webDist = path.resolve(webRoot, 'dist');

export interface RunningApi {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth({
  baseUrl,
  child,
  output,
}: {
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
}) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50)); // a health check is cheap; a test file waits for it
  }
  throw new Error(`The API did not become healthy within 60 s:\n${output()}`);
}

/**
 * Starts the built API on a free port with a SQLite database of its own: a copy of `template` (migrated and seeded
 * once for the whole run, see global-setup.ts), so it neither migrates nor seeds again; without a template a fresh
 * file, which it migrates and seeds. `keepDataIn` keeps the database in that folder after `stop` (for the template).
 */
export async function startApi({
  template,
  keepDataIn,
}: { template?: string; keepDataIn?: string } = {}): Promise<RunningApi> {
  for (const [file, hint] of [
    [apiMain, 'build the API first: npx turbo run build --filter=@leerkring/api'],
    [path.join(webDist, 'index.html'), 'build the web app first: npx turbo run build --filter=@leerkring/web'],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing; ${hint}`);
  }
  const port = await freePort();
  const dataDir = keepDataIn ?? fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-e2e-'));
  const sqlitePath = path.join(dataDir, 'leerkring.sqlite');
  if (template) fs.copyFileSync(template, sqlitePath);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    SQLITE_PATH: sqlitePath,
    // Demo data, whichever way the API asks for it (this flag or --demo); it is loaded only into an empty database.
    LEERKRING_DEMO: 'true',
    WEB_DIST: webDist,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL; // SQLite in the temp dir, whatever the caller's shell has
  const child = spawn(process.execPath, [apiMain, '--demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    if (!keepDataIn) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth({ baseUrl, child, output: () => log });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
