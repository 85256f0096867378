import { ApiTokenEntity } from '../auth/api-token.entity.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource, QueryFailedError } from 'typeorm';
import { loggableError } from '../common/http/loggable-error.js';
import { PersonEntity } from '../people/person.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { verifyAccessLogChain } from './access-log-chain.js';
import { AccessLogEntryEntity } from './access-log-entry.entity.js';
import { AccessLogService, exportBatchSize } from './access-log.service.js';

const postgres = Boolean(process.env.DATABASE_URL);

/** Concurrent on PostgreSQL; one after the other on SQLite, which serializes writes (one connection, one transaction at a time). */
async function concurrently<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  if (postgres) return Promise.all(tasks.map((task) => task()));
  const results: T[] = [];
  for (const task of tasks) results.push(await task());
  return results;
}

describe('the access log as a hash chain', () => {
  let test: TestApp;
  let admin: TestSession;
  let sqlitePath: string | undefined;
  beforeAll(async () => {
    // On SQLite a file, so a second connection can reach the same database to tamper with it.
    sqlitePath = postgres
      ? undefined
      : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-chain-')), 'chain.sqlite');
    test = await startTestApp({ demo: true, env: sqlitePath ? { SQLITE_PATH: sqlitePath } : {} });
    admin = await test.signIn('beheerder@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
    if (sqlitePath) fs.rmSync(path.dirname(sqlitePath), { recursive: true, force: true });
  });

  /** Changes one row behind the app's back, through a connection of its own, past the trigger that refuses it. */
  async function tamper(sql: { postgres: string; sqlite: string }, id: string): Promise<void> {
    if (postgres) {
      const client = new pg.Client({ connectionString: test.config.DATABASE_URL });
      await client.connect();
      try {
        // A superuser session that fires no triggers: the path an attacker with database rights would take.
        await client.query('SET session_replication_role = replica');
        await client.query(sql.postgres, [id]);
      } finally {
        await client.end();
      }
    } else {
      const database = await new DataSource({ type: 'better-sqlite3', database: sqlitePath! }).initialize();
      try {
        const triggers = (await database.query(
          `SELECT "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "tbl_name" = 'access_log_entry'`,
        )) as { sql: string }[];
        await database.query('DROP TRIGGER "access_log_entry_no_update"');
        await database.query('DROP TRIGGER "access_log_entry_no_delete"');
        await database.query(sql.sqlite, [id]);
        for (const trigger of triggers) await database.query(trigger.sql);
      } finally {
        await database.destroy();
      }
    }
  }

  it('chains every entry written by concurrent requests without a gap, and the verifier finds it whole', async () => {
    const people = await test.dataSource.getRepository(PersonEntity).find({ take: 8 });
    const responses = await concurrently([
      ...people.map((person) => () => admin.request({ method: 'GET', url: `/api/v1/people/${person.id}` })),
      ...Array.from({ length: 6 }, () => () => admin.request({ method: 'GET', url: '/api/v1/people?pageSize=5' })),
      ...Array.from(
        { length: 6 },
        (_, index) => () => admin.request({ method: 'GET', url: `/api/v1/access-log?page=${index + 1}&pageSize=5` }),
      ),
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual(responses.map(() => 200));
    const entries = await test.dataSource.getRepository(AccessLogEntryEntity).find({ order: { seq: 'ASC' } });
    const chained = entries.filter((entry) => entry.seq !== null);
    expect(chained.length).toBe(entries.length);
    expect(chained.map((entry) => entry.seq)).toEqual(chained.map((_, index) => index + 1));
    expect(chained.every((entry) => /^[0-9a-f]{64}$/.test(entry.hash!))).toBe(true);
    const result = await verifyAccessLogChain(test.dataSource);
    expect(result).toMatchObject({
      ok: true,
      chained: chained.length,
      unchained: 0,
      head: { seq: chained.length, hash: chained.at(-1)!.hash },
    });
  });

  it('keeps the chain whole under concurrent writers that each write many entries in one transaction', async () => {
    const accessLog = test.app.get(AccessLogService);
    const actor = {
      principal: { personId: admin.personId, organisationId: null, isAdmin: true, memberships: [] },
      person: {
        id: admin.personId,
        name: 'Bea Bakkenes',
        email: 'beheerder@leerkring.test',
        organisationName: 'Instituut',
      },
      via: { kind: 'session', sessionId: 'test', csrfToken: 'test' },
      purpose: 'Test van de keten',
      requestId: 'test',
    } as unknown as Parameters<AccessLogService['record']>[1];
    await concurrently(
      Array.from(
        { length: 8 },
        (_, writer) => () =>
          test.dataSource.transaction((manager) =>
            accessLog.recordMany(
              manager,
              actor,
              Array.from({ length: 80 }, (_, index) => ({
                event: 'read' as const,
                recordType: 'test',
                recordId: `${writer}-${index}`,
              })),
            ),
          ),
      ),
    );
    expect(await verifyAccessLogChain(test.dataSource)).toMatchObject({ ok: true });
    expect(await test.dataSource.getRepository(AccessLogEntryEntity).countBy({ recordType: 'test' })).toBe(640);
  });

  it('exports more entries than one batch holds, in order, with formula cells neutralised', async () => {
    const count = await test.dataSource.getRepository(AccessLogEntryEntity).count();
    expect(count).toBeGreaterThan(exportBatchSize);
    await admin.request({
      method: 'GET',
      url: '/api/v1/people?pageSize=1',
      headers: { 'access-purpose': '=HYPERLINK("http://x","klik"),"' },
    });
    const response = await admin.request({ method: 'GET', url: '/api/v1/access-log/export' });
    expect(response.statusCode).toBe(200);
    const lines = response.body.split('\r\n').filter(Boolean);
    expect(lines.length).toBe(count + 1 + 1); // header, every entry before, the search above
    expect(response.body).toContain(`"'=HYPERLINK(""http://x"",""klik""),"""`);
    expect(response.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const times = lines.slice(1).map((line) => line.slice(0, 24));
    expect(times).toEqual([...times].sort());
  });

  it('names the entry whose contents were changed behind its back', async () => {
    const entries = await test.dataSource.getRepository(AccessLogEntryEntity).find({ order: { seq: 'ASC' } });
    const victim = entries[Math.floor(entries.length / 2)]!;
    await tamper(
      {
        postgres: `UPDATE "access_log_entry" SET "purpose" = 'weggepoetst' WHERE "id" = $1`,
        sqlite: `UPDATE "access_log_entry" SET "purpose" = 'weggepoetst' WHERE "id" = ?`,
      },
      victim.id,
    );
    const result = await verifyAccessLogChain(test.dataSource);
    expect(result).toMatchObject({ ok: false, chained: victim.seq! - 1, broken: { seq: victim.seq, id: victim.id } });
    expect(result.ok || result.broken.reason).toMatch(/hash/);
  });

  it('names the entry after one that was deleted', async () => {
    const entries = await test.dataSource.getRepository(AccessLogEntryEntity).find({ order: { seq: 'ASC' } });
    const deleted = entries[3]!;
    const next = entries[4]!;
    await tamper(
      {
        postgres: `DELETE FROM "access_log_entry" WHERE "id" = $1`,
        sqlite: `DELETE FROM "access_log_entry" WHERE "id" = ?`,
      },
      deleted.id,
    );
    const result = await verifyAccessLogChain(test.dataSource);
    expect(result).toMatchObject({ ok: false, broken: { seq: next.seq, id: next.id } });
    expect(result.ok || result.broken.reason).toMatch(/missing/);
  });
});

describe('what the access log and the error log take in', () => {
  let test: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
  });

  it('answers a request with an API token of the longest allowed name, and clamps the name to the log column', async () => {
    const name = 'Koppeling '.repeat(20).slice(0, 200);
    // Names are at most 100 characters now; a token made before that may carry a longer one.
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/me/api-tokens',
      payload: { name: name.slice(0, 100) },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    await test.dataSource.getRepository(ApiTokenEntity).update({ id }, { name });
    const response = await test.request({
      method: 'GET',
      url: '/api/v1/people',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    const [entry] = await test.dataSource.getRepository(AccessLogEntryEntity).find({ order: { seq: 'DESC' }, take: 1 });
    expect(entry!.onBehalfOf!.startsWith('API-token "Koppeling')).toBe(true);
    expect([...entry!.onBehalfOf!].length).toBe(200);
    expect(entry!.onBehalfOf!.endsWith('…')).toBe(true);
    expect(await verifyAccessLogChain(test.dataSource)).toMatchObject({ ok: true });
  });

  it('strips the query, its parameters and quoted values from a database error before it is logged', async () => {
    const secret = 'geheim-bsn-123456782';
    const error = await test.dataSource
      .query(
        `SELECT * FROM "person" WHERE "id" = CAST($1 AS integer) OR "email" = 'letterlijk@voorbeeld.nl'`.replace(
          '$1',
          test.dataSource.options.type === 'postgres' ? '$1' : '?',
        ),
        [secret],
      )
      .then(() =>
        test.dataSource.query(
          `INSERT INTO "person" ("id") VALUES (${test.dataSource.options.type === 'postgres' ? '$1' : '?'})`,
          [secret],
        ),
      )
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(JSON.stringify(error)).toContain(secret);
    const logged = JSON.stringify(loggableError(error));
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain('letterlijk@voorbeeld.nl');
    expect(logged).not.toContain('SELECT');
    expect(logged).not.toContain('INSERT');
    expect(loggableError(error)).toMatchObject({ type: 'QueryFailedError', code: expect.any(String) });
  });
});
