import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The API package's folder, and the built entry points that process tests start as an operator would. */
export const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const builtMain = path.join(apiRoot, 'dist', 'main.js');
export const builtCli = path.join(apiRoot, 'dist', 'cli.js');

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than a source file (pnpm test builds it first; a lone test run may not). */
export function ensureBuilt(): void {
  if (fs.existsSync(builtMain) && fs.statSync(builtMain).mtimeMs >= newestSource(path.join(apiRoot, 'src'))) return;
  const build = spawnSync(
    process.execPath,
    [path.join(apiRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    { cwd: apiRoot, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`Building the API failed:\n${build.stdout}${build.stderr}`);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
