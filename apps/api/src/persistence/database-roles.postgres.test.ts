import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLogChain } from '../access-log/access-log-chain.js';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/** README "Running in production" → "Database roles": the owner migrates, the app's role owns nothing. */
describe('the app connected as a role that owns nothing', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `lk_owner_${suffix}`;
  const appRole = `lk_app_${suffix}`;
  const database = `leerkring_roles_${suffix}`;
  const base = process.env.DATABASE_URL!;
  const urlOf = (user: string) => {
    const url = new URL(base);
    url.username = user;
    url.pathname = `/${database}`;
    return url.toString();
  };
  async function as<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
  let test: TestApp;

  beforeAll(async () => {
    // The statements of the README, as a superuser (trust authentication here, so no passwords).
    await as(base, async (client) => {
      await client.query(`CREATE ROLE "${owner}" LOGIN`);
      await client.query(`CREATE ROLE "${appRole}" LOGIN`);
      await client.query(`CREATE DATABASE "${database}" OWNER "${owner}"`);
    });
    const superuserOnDatabase = new URL(base);
    superuserOnDatabase.pathname = `/${database}`;
    await as(superuserOnDatabase.toString(), async (client) => {
      await client.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
      await client.query(`GRANT USAGE ON SCHEMA public TO "${appRole}"`);
      await client.query(
        `ALTER DEFAULT PRIVILEGES FOR ROLE "${owner}" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${appRole}"`,
      );
      await client.query(
        `ALTER DEFAULT PRIVILEGES FOR ROLE "${owner}" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${appRole}"`,
      );
    });
    test = await startTestApp({
      demo: true,
      env: { DATABASE_URL: urlOf(appRole), DATABASE_MIGRATION_URL: urlOf(owner) },
    });
  });

  afterAll(async () => {
    await test?.close();
    await as(base, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.query(`DROP ROLE IF EXISTS "${appRole}"`);
      await client.query(`DROP ROLE IF EXISTS "${owner}"`);
    });
  });

  it('migrated as the owner: every table belongs to the owner, none to the app role', async () => {
    const tables = await as(
      urlOf(owner),
      async (client) =>
        (await client.query(`SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'`)).rows as {
          tablename: string;
          tableowner: string;
        }[],
    );
    expect(tables.map((table) => table.tablename)).toContain('access_log_entry');
    expect(tables.every((table) => table.tableowner === owner)).toBe(true);
    expect(
      await as(urlOf(appRole), async (client) => (await client.query('SELECT current_user AS who')).rows[0].who),
    ).toBe(appRole);
  });

  it('works as the app role: sign in, change data, read it, and the access log chains', async () => {
    const admin = await test.signIn('beheerder@leerkring.test');
    const organisation = await test.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ name: 'GGD Zuid Limburg' });
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: 'Rol Proef', email: 'rol.proef@ggd.test', organisationId: organisation.id },
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: string }).id;
    expect((await admin.request({ method: 'GET', url: `/api/v1/people/${id}` })).statusCode).toBe(200);
    expect((await admin.request({ method: 'GET', url: '/api/v1/access-log/export' })).statusCode).toBe(200);
    expect(await test.dataSource.getRepository(AccessLogEntryEntity).countBy({ recordId: id })).toBe(2);
    expect(await verifyAccessLogChain(test.dataSource)).toMatchObject({ ok: true });
  });

  it.each([
    ['UPDATE', `UPDATE "access_log_entry" SET "purpose" = 'weg'`],
    ['DELETE', `DELETE FROM "access_log_entry"`],
    ['TRUNCATE', `TRUNCATE "access_log_entry"`],
    ['DROP TABLE of the log', `DROP TABLE "access_log_entry"`],
    ['DROP TABLE of a business table', `DROP TABLE "person"`],
    ['ALTER TABLE', `ALTER TABLE "access_log_entry" DISABLE TRIGGER ALL`],
    ['CREATE TABLE', `CREATE TABLE "stash" ("id" integer)`],
  ])('refuses %s to the app role', async (_, sql) => {
    const error = await as(urlOf(appRole), (client) =>
      client.query(sql).then(
        () => undefined,
        (caught: unknown) => caught,
      ),
    );
    expect(error).toMatchObject({ code: '42501' });
    expect((error as Error).message).toMatch(/permission denied|must be owner/);
  });

  it('lets the app role read the log and change and delete business rows (the privilege is checked even when no row matches)', async () => {
    await as(urlOf(appRole), async (client) => {
      expect(Number((await client.query(`SELECT count(*) AS n FROM "access_log_entry"`)).rows[0].n)).toBeGreaterThan(0);
      await expect(client.query(`UPDATE "person" SET "name" = "name" WHERE false`)).resolves.toBeDefined();
      await expect(client.query(`DELETE FROM "person" WHERE false`)).resolves.toBeDefined();
    });
  });
});
