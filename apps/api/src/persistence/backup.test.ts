import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { verifyAccessLogChain } from '../access-log/access-log-chain.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import { openDatabase } from './data-source.js';
import { BetterSqlite3 } from './better-sqlite3.js';

/**
 * Backup while the app runs, restore into a fresh database: every row of every table comes back, the access log too.
 * SQLite through the online backup API, PostgreSQL through pg_dump --format=custom and pg_restore.
 */
describe('backup and restore', () => {
  let test: TestApp;
  let directory: string;
  let freshDatabase: { url: string; drop(): Promise<void> } | undefined;
  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-backup-'));
    test = await startTestApp({
      demo: true,
      env: process.env.DATABASE_URL ? {} : { SQLITE_PATH: path.join(directory, 'live.sqlite') },
    });
    // Some use, so the access log has entries of reads and changes.
    const partner = await test.signIn('partner@leerkring.test');
    const team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    const created = await partner.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        buildingTeamId: team,
        title: 'Voor de backup',
        narrative: 'Een huishouden met veel professionals; de vraag ging over vervoer.',
        presentingQuestion: 'Vervoer naar de dagbesteding.',
        presentingDimensions: ['daily-functioning'],
        professionalsInvolved: 2,
        lifeDomains: ['social-network'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(
      (await partner.request({ method: 'GET', url: `/api/v1/cases/${(created.json() as { id: string }).id}` }))
        .statusCode,
    ).toBe(200);
  });
  afterAll(async () => {
    await test?.close();
    await freshDatabase?.drop();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('restores every row of every table into a fresh database', async () => {
    const file = path.join(directory, 'leerkring.backup');
    await backupDatabase(test.config, file);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    await expect(backupDatabase(test.config, file)).rejects.toThrow('bestaat al');

    let target: { DATABASE_URL: string | undefined; SQLITE_PATH: string };
    if (test.config.DATABASE_URL) {
      freshDatabase = await createDatabase(process.env.DATABASE_URL!);
      target = { DATABASE_URL: freshDatabase.url, SQLITE_PATH: test.config.SQLITE_PATH };
    } else {
      target = { DATABASE_URL: undefined, SQLITE_PATH: path.join(directory, 'restored.sqlite') };
    }
    await restoreDatabase(target, file);

    const original = await dumpAllTables(test.config);
    const restored = await dumpAllTables(target);
    expect(Object.keys(original).length).toBeGreaterThan(10);
    expect(original['access_log_entry']!.length).toBeGreaterThan(0);
    expect(original['person']!.length).toBeGreaterThan(0);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(original).sort());
    for (const table of Object.keys(original))
      expect({ table, rows: restored[table] }).toEqual({ table, rows: original[table] });
    // The restored access log is a whole hash chain, as verify-access-log checks it.
    const reopened = await openDatabase(target);
    try {
      const verified = await verifyAccessLogChain(reopened);
      expect(verified).toMatchObject({ ok: true, chained: original['access_log_entry']!.length });
    } finally {
      await reopened.destroy();
    }
    if (!test.config.DATABASE_URL) {
      // A restore never overwrites a database that is there.
      await expect(restoreDatabase(target, file)).rejects.toThrow('bestaat al');
    }
  }, 60_000);
});

/** Every row of every table, each as sorted JSON, through a connection of its own. */
async function dumpAllTables(config: {
  DATABASE_URL?: string | undefined;
  SQLITE_PATH: string;
}): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  if (config.DATABASE_URL) {
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      for (const { table_name: table } of tables.rows) {
        result[table] = (await client.query(`SELECT * FROM "${table}"`)).rows.map((row) => JSON.stringify(row)).sort();
      }
    } finally {
      await client.end();
    }
    return result;
  }
  const db = new BetterSqlite3(config.SQLITE_PATH, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    for (const { name } of tables)
      result[name] = db
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
  } finally {
    db.close();
  }
  return result;
}

async function createDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `leerkring_restore_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
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
