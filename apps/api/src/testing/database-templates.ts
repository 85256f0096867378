import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../persistence/data-source.js';
import { seedDemoData } from '../demo/seed.js';

/**
 * Databases the API tests start from instead of migrating (and seeding) anew in every test file: made by the first
 * test file of a run that needs one (in its worker, where the entities have the column types of its database), then
 * copied per test file by startTestApp. The global setup names the run and removes the run's templates at its end.
 */

const migrationsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../persistence/migrations');

/** A hash of one database's migrations, names and contents: a changed or added migration makes a new template. */
export function migrationsHash(kind: 'sqlite' | 'postgres'): string {
  const folder = path.join(migrationsRoot, kind);
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(folder).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(folder, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** SQLite: the bytes of an in-memory database migrated, and of one migrated and seeded with the demo data. */
export async function sqliteImages(): Promise<{ migrated: Buffer; demo: Buffer }> {
  const dataSource = new DataSource(dataSourceOptions({ SQLITE_PATH: ':memory:', DATABASE_URL: undefined }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const connection = () =>
      (dataSource.driver as unknown as { databaseConnection: { serialize(): Buffer } }).databaseConnection;
    const migrated = connection().serialize();
    await seedDemoData(dataSource);
    return { migrated, demo: connection().serialize() };
  } finally {
    await dataSource.destroy();
  }
}

export function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminClient(baseUrl: string): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `DATABASE_URL is set but PostgreSQL is unreachable (${(error as Error).message}); the PostgreSQL tests cannot run.`,
    );
  }
  return admin;
}

/**
 * `CREATE DATABASE name TEMPLATE template`. PostgreSQL refuses the copy while another session is connected to the
 * template (55006), e.g. for the instant another run checks it: then it tries again, for at most 30 s.
 */
export async function createDatabaseFrom(admin: pg.Client, name: string, template: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

const exists = async (admin: pg.Client, name: string) =>
  ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;

/**
 * PostgreSQL: the migrated template `leerkring_template_<hash of the migrations>`, kept between runs (and shared by
 * runs with the same migrations). Made under an advisory lock, built under another name and renamed when complete, so
 * a concurrent run never copies a half-migrated template.
 */
export async function ensurePostgresMigratedTemplate(baseUrl: string): Promise<string> {
  const name = `leerkring_template_${migrationsHash('postgres')}`;
  const admin = await adminClient(baseUrl);
  try {
    if (await exists(admin, name)) return name;
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      if (await exists(admin, name)) return name;
      const building = `${name}_building_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE DATABASE "${building}"`);
      try {
        const dataSource = new DataSource(
          dataSourceOptions({ DATABASE_URL: databaseUrl(baseUrl, building), SQLITE_PATH: ':memory:' }),
        );
        await dataSource.initialize();
        try {
          await dataSource.runMigrations({ transaction: 'each' });
        } finally {
          await dataSource.destroy();
        }
        await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      } catch (error) {
        await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        throw error;
      }
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await admin.end();
  }
}

/** PostgreSQL: this run's template with the demo data, copied from the migrated one and seeded (once, under a lock). */
export async function ensurePostgresDemoTemplate(baseUrl: string, migrated: string, run: string): Promise<string> {
  const name = `${migrated}_demo_${run}`;
  const admin = await adminClient(baseUrl);
  try {
    if (await exists(admin, name)) return name;
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      if (await exists(admin, name)) return name;
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await createDatabaseFrom(admin, building, migrated);
      try {
        const dataSource = new DataSource(
          dataSourceOptions({ DATABASE_URL: databaseUrl(baseUrl, building), SQLITE_PATH: ':memory:' }),
        );
        await dataSource.initialize();
        try {
          await seedDemoData(dataSource);
        } finally {
          await dataSource.destroy();
        }
        await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      } catch (error) {
        await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        throw error;
      }
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await admin.end();
  }
}

/** Drops the demo templates of a run (at its end). */
export async function dropPostgresRunTemplates(baseUrl: string, run: string): Promise<void> {
  const admin = await adminClient(baseUrl);
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `leerkring_template_%_demo_${run}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * SQLite: the file with the bytes of this run's migrated (or demo) database in `folder`, made when absent. Test files
 * starting at the same moment may each make it; each writes a file of its own and renames it into place, so a reader
 * never sees half a file.
 */
export async function ensureSqliteImage(folder: string, demo: boolean): Promise<string> {
  const file = path.join(folder, `sqlite-${migrationsHash('sqlite')}-${demo ? 'demo' : 'migrated'}.sqlite`);
  if (fs.existsSync(file)) return file;
  const images = await sqliteImages();
  for (const [kind, bytes] of [
    ['migrated', images.migrated],
    ['demo', images.demo],
  ] as const) {
    const target = path.join(folder, `sqlite-${migrationsHash('sqlite')}-${kind}.sqlite`);
    const partial = `${target}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, target);
  }
  return file;
}
