import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databaseKindOf, type Config } from '../config/config.js';
import { BetterSqlite3 } from './better-sqlite3.js';

type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'SQLITE_PATH'>;

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * PostgreSQL's own tools with the connection of DATABASE_URL; the password goes through PGPASSWORD, never on the
 * command line (where `ps` would show it).
 */
export function postgresCommand(
  databaseUrl: string,
  tool: 'pg_dump' | 'pg_restore',
  file: string,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const connection = url.toString();
  const args =
    tool === 'pg_dump'
      ? ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${connection}`]
      : ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${connection}`, file];
  return { command: tool, args, env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** The command as an operator would type it (password left out). */
export function describeCommand({ command, args }: { command: string; args: string[] }): string {
  return [command, ...args.map((arg) => (/[\s'"]/.test(arg) ? `'${arg.replace(/'/g, `'\\''`)}'` : arg))].join(' ');
}

/**
 * A consistent copy of the database while the app keeps running: SQLite's online backup API (better-sqlite3
 * `db.backup`), or `pg_dump --format=custom` for PostgreSQL. Refuses to overwrite an existing file.
 */
export async function backupDatabase(config: DatabaseConfig, to: string): Promise<string> {
  if (fs.existsSync(to)) throw new BackupError(`${to} bestaat al; kies een nieuw bestand.`);
  fs.mkdirSync(path.dirname(path.resolve(to)), { recursive: true });
  if (databaseKindOf(config) === 'postgres') {
    const command = postgresCommand(config.DATABASE_URL!, 'pg_dump', to);
    run(command);
    return describeCommand(command);
  }
  if (config.SQLITE_PATH === ':memory:' || !fs.existsSync(config.SQLITE_PATH))
    throw new BackupError(`Geen SQLite-bestand op ${config.SQLITE_PATH} (SQLITE_PATH).`);
  const source = new BetterSqlite3(config.SQLITE_PATH, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
  return `SQLite online backup van ${config.SQLITE_PATH}`;
}

/**
 * Puts a backup back. SQLite: with the app stopped, the backup (checked with integrity_check) is copied to
 * SQLITE_PATH, which must not exist (move the old file away first). PostgreSQL: `pg_restore` into the database of
 * DATABASE_URL, which must be empty (create it with `createdb`), in one transaction.
 */
export async function restoreDatabase(config: DatabaseConfig, from: string): Promise<string> {
  if (!fs.existsSync(from)) throw new BackupError(`Geen backup op ${from}.`);
  if (databaseKindOf(config) === 'postgres') {
    const command = postgresCommand(config.DATABASE_URL!, 'pg_restore', from);
    run(command);
    return describeCommand(command);
  }
  const target = config.SQLITE_PATH;
  if (target === ':memory:')
    throw new BackupError('SQLITE_PATH is :memory:; zet SQLITE_PATH op het bestand dat hersteld moet worden.');
  if (fs.existsSync(target))
    throw new BackupError(`${target} (SQLITE_PATH) bestaat al; stop de app en zet het oude bestand opzij.`);
  const backup = new BetterSqlite3(from, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`De backup ${from} is beschadigd: ${String(check)}`);
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    await backup.backup(target);
  } finally {
    backup.close();
  }
  return `SQLite-backup ${from} teruggezet op ${target}`;
}

function run({ command, args, env }: { command: string; args: string[]; env: NodeJS.ProcessEnv }): void {
  const result = spawnSync(command, args, { env, encoding: 'utf8' });
  if (result.error)
    throw new BackupError(
      `${command} kon niet starten (${result.error.message}); installeer de PostgreSQL-clienttools of voer het commando zelf uit: ${describeCommand({ command, args })}`,
    );
  if (result.status !== 0) throw new BackupError(`${command} mislukte (${result.status}): ${result.stderr.trim()}`);
}
