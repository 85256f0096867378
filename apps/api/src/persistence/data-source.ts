import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { databaseKindOf, type Config } from '../config/config.js';
import { entities } from './entities.js';
import { postgresMigrations } from './migrations/postgres/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { serializeSqliteTransactions } from './serial-transactions.js';

type SqliteDatabaseClass = new (source: string | Buffer, options?: object) => unknown;

/** Tests only: the bytes of a migrated SQLite database, which an in-memory database then starts as a copy of. */
let sqliteMemoryImage: Buffer | undefined;

/** Tests only: the next in-memory SQLite databases start from `image` (undefined: empty again). */
export function startSqliteMemoryFrom(image: Buffer | undefined): void {
  sqliteMemoryImage = image;
}

/** better-sqlite3 opening every database as an in-memory copy of `image` (`new Database(buffer)`). */
function sqliteMemoryCopyOf(image: Buffer): SqliteDatabaseClass {
  const Database = createRequire(import.meta.url)('better-sqlite3') as SqliteDatabaseClass;
  return function MemoryCopy(_source: string | Buffer, options?: object) {
    return new Database(image, options);
  } as unknown as SqliteDatabaseClass;
}

/** One switch: DATABASE_URL absent → SQLite file, present → PostgreSQL. Never synchronize; migrations only. */
export function dataSourceOptions(
  config: Pick<Config, 'DATABASE_URL' | 'SQLITE_PATH'> & Partial<Pick<Config, 'DATABASE_STATEMENT_TIMEOUT_SECONDS'>>,
): DataSourceOptions {
  if (databaseKindOf(config) === 'postgres') {
    const statementTimeoutMs = (config.DATABASE_STATEMENT_TIMEOUT_SECONDS ?? 30) * 1000;
    return {
      type: 'postgres',
      url: config.DATABASE_URL,
      entities,
      migrations: postgresMigrations,
      migrationsRun: false,
      synchronize: false,
      // gen_random_uuid() is built into PostgreSQL 13+, so the app needs no extension and no superuser.
      uuidExtension: 'pgcrypto',
      installExtensions: false,
      // No request hangs on the database: waiting for a connection, a statement and an idle transaction are bounded, a
      // connection the server killed is dropped from the pool (TypeORM releases it with its error), and the next
      // request opens a fresh one.
      extra: {
        max: 10,
        options: `-c timezone=UTC -c statement_timeout=${statementTimeoutMs} -c idle_in_transaction_session_timeout=${statementTimeoutMs * 2}`,
        connectionTimeoutMillis: 15_000,
        query_timeout: statementTimeoutMs + 5000,
        idleTimeoutMillis: 30_000,
        keepAlive: true,
      },
    };
  }
  if (config.SQLITE_PATH !== ':memory:') fs.mkdirSync(path.dirname(config.SQLITE_PATH), { recursive: true });
  return {
    type: 'better-sqlite3',
    database: config.SQLITE_PATH,
    entities,
    migrations: sqliteMigrations,
    migrationsRun: false,
    synchronize: false,
    enableWAL: config.SQLITE_PATH !== ':memory:',
    ...(config.SQLITE_PATH === ':memory:' && sqliteMemoryImage
      ? { driver: sqliteMemoryCopyOf(sqliteMemoryImage) }
      : {}),
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}

export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'SQLITE_PATH'>): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return serializeSqliteTransactions(dataSource);
}
