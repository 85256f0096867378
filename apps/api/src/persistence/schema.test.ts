import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';

describe('migrations', () => {
  let test: TestApp;
  beforeAll(async () => {
    // An empty database, so the app itself runs every migration here (the other tests start from a migrated copy).
    test = await startTestApp({ empty: true });
  });
  afterAll(async () => {
    await test.close();
  });

  it('leave an empty database exactly as the entities describe it (no pending schema change)', async () => {
    const pending = await test.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('have all run, and synchronize is off', async () => {
    expect(await test.dataSource.showMigrations()).toBe(false);
    expect(test.dataSource.options.synchronize).toBe(false);
  });

  it('store moments in UTC', async () => {
    const [row] = (await test.dataSource.query(
      test.dataSource.options.type === 'postgres'
        ? `SELECT current_setting('TimeZone') AS zone`
        : `SELECT 'UTC' AS zone`,
    )) as { zone: string }[];
    expect(row?.zone).toBe('UTC');
  });
});
