import pg from 'pg';
import { databaseKindOf, type Config } from '../config/config.js';

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** DATABASE_URL with its password replaced by ***, for messages. */
export function maskDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(onleesbare DATABASE_URL)';
  }
}

/**
 * At start: waits until PostgreSQL answers, retrying with backoff (0.5 s doubling up to 5 s) for at most
 * DATABASE_CONNECT_TIMEOUT_SECONDS, and says each time which host and which setting it tries. Gives up with
 * DatabaseUnreachableError (the start then exits 1). SQLite is a file: nothing to wait for.
 */
export async function waitForDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATABASE_CONNECT_TIMEOUT_SECONDS'>,
  report: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<void> {
  if (databaseKindOf(config) !== 'postgres') return;
  const url = new URL(config.DATABASE_URL!);
  const where = `PostgreSQL op ${url.hostname}:${url.port || '5432'} (DATABASE_URL=${maskDatabaseUrl(config.DATABASE_URL!)})`;
  const deadline = Date.now() + config.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000;
  let delay = 500;
  for (let attempt = 1; ; attempt += 1) {
    const client = new pg.Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: 5000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) report(`${where} is bereikbaar.`);
      return;
    } catch (error) {
      const reason = (error as Error).message || (error as { code?: string }).code || String(error);
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new DatabaseUnreachableError(
          `${where} is niet bereikbaar: ${reason}. Na ${attempt} pogingen in ${config.DATABASE_CONNECT_TIMEOUT_SECONDS} s (DATABASE_CONNECT_TIMEOUT_SECONDS) opgegeven. Controleer DATABASE_URL en of de database draait.`,
        );
      }
      const wait = Math.min(delay, left);
      report(`${where} is niet bereikbaar (${reason}); poging ${attempt}, opnieuw over ${(wait / 1000).toFixed(1)} s.`);
      await new Promise((resolve) => setTimeout(resolve, wait));
      delay = Math.min(delay * 2, 5000);
    } finally {
      await client.end().catch(() => {});
    }
  }
}
