import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { serialLockOf } from './serial-transactions.js';

/**
 * The transaction layer itself (on SQLite one shared connection, on PostgreSQL a pool): a transaction that rolls back
 * while others run, and single writes outside any transaction, take nobody else's work with them.
 */
describe('transactions that overlap in time', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(async () => {
    await test.close();
  });

  const organisation = (name: string) => ({ name, type: 'other' as const, kvkNumber: null, oin: null });
  const names = async (prefix: string) =>
    (await test.dataSource.getRepository(OrganisationEntity).find())
      .map((found) => found.name)
      .filter((name) => name.startsWith(prefix))
      .sort();

  it('is serialized on SQLite, concurrent on PostgreSQL', () => {
    expect(Boolean(serialLockOf(test.dataSource))).toBe(!test.config.DATABASE_URL);
  });

  it('a rollback while other transactions and single writes run loses none of theirs', async () => {
    const failing = test.dataSource
      .transaction(async (manager) => {
        await manager.save(OrganisationEntity, organisation('Overlap teruggedraaid'));
        await sleep(100);
        throw new Error('rolled back on purpose');
      })
      .catch((error: Error) => error.message);
    await sleep(10);
    const others = [1, 2, 3].map((index) =>
      test.dataSource.transaction(async (manager) => {
        await manager.save(OrganisationEntity, organisation(`Overlap transactie ${index}`));
        await sleep(20);
        // A nested transaction inside a running one passes straight through (no deadlock).
        await test.dataSource.transaction((inner) =>
          inner.save(OrganisationEntity, organisation(`Overlap genest ${index}`)),
        );
      }),
    );
    const single = test.dataSource.getRepository(OrganisationEntity).insert(organisation('Overlap los'));
    const raw = test.dataSource.query(
      `INSERT INTO organisation (id, name, type) VALUES (${test.config.DATABASE_URL ? 'gen_random_uuid()' : "'3f6c1d2e-0000-4000-8000-000000000001'"}, 'Overlap query', 'other')`,
    );
    expect(await failing).toBe('rolled back on purpose');
    await Promise.all([...others, single, raw]);
    expect(await names('Overlap')).toEqual(
      [
        'Overlap genest 1',
        'Overlap genest 2',
        'Overlap genest 3',
        'Overlap los',
        'Overlap query',
        'Overlap transactie 1',
        'Overlap transactie 2',
        'Overlap transactie 3',
      ].sort(),
    );
  });

  it('a read outside a transaction never sees another transaction’s uncommitted write', async () => {
    let seen: string[] = [];
    await Promise.all([
      test.dataSource
        .transaction(async (manager) => {
          await manager.save(OrganisationEntity, organisation('Onzichtbaar tot commit'));
          await sleep(50);
          throw new Error('rolled back');
        })
        .catch(() => undefined),
      sleep(10).then(async () => {
        seen = await names('Onzichtbaar');
      }),
    ]);
    expect(seen).toEqual([]);
    expect(await names('Onzichtbaar')).toEqual([]);
  });
});
