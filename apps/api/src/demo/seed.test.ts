import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GalaPlanEntity } from '../gala/gala-plan.entity.js';
import { GalaTaxonomyItemEntity } from '../gala/gala-taxonomy-item.entity.js';
import { KnowledgeVoucherEntity } from '../knowledge-vouchers/knowledge-voucher.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { isDatabaseEmpty, seedDemoData, shouldLoadDemoData } from './seed.js';

describe('demo data', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(async () => {
    await test.close();
  });

  it('loads the seed stories into an empty database', async () => {
    expect(await isDatabaseEmpty(test.dataSource)).toBe(true);
    // The GALA lists come with the migrations, demo or not: 7 goals, 5 chain approaches, 3 SPUK budget blocks.
    expect(await test.dataSource.getRepository(GalaTaxonomyItemEntity).count()).toBe(15);
    const summary = await seedDemoData(test.dataSource);
    expect(summary).toMatchObject({ regions: 10, buildingTeams: 2, learningGroups: 1, people: 8 });
    expect(await isDatabaseEmpty(test.dataSource)).toBe(false);

    const admin = await test.signIn('beheerder@leerkring.test');
    const teams = await admin.request({ method: 'GET', url: '/api/v1/building-teams' });
    const oudeIJsselstreek = teams
      .json()
      .items.find((team: { name: string }) => team.name.includes('Oude IJsselstreek'));
    expect(oudeIJsselstreek.partners).toHaveLength(26);
    expect(oudeIJsselstreek.municipality.name).toBe('Gemeente Oude IJsselstreek');

    const groups = await admin.request({ method: 'GET', url: '/api/v1/learning-groups' });
    expect(groups.json().items[0]).toMatchObject({ name: 'Financieren vanuit de bedoeling' });
    expect(groups.json().items[0].regions).toHaveLength(10);

    // Story 5: Achterhoek's GALA plans, and six vouchers in different states, one expiring within 30 days.
    expect(await test.dataSource.getRepository(GalaPlanEntity).count()).toBe(4);
    const vouchers = await test.dataSource.getRepository(KnowledgeVoucherEntity).find();
    expect(vouchers.map((voucher) => voucher.status).sort()).toEqual([
      'completed',
      'evaluated',
      'granted', // past its expiry date: answered as expired
      'in-progress',
      'rejected',
      'requested',
    ]);
    const coordinator = await test.signIn('coordinator@leerkring.test');
    const alerts = await coordinator.request({ method: 'GET', url: '/api/v1/gala-alerts' });
    expect(alerts.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'voucher-expiring', daysLeft: 20 })]),
    );
  });

  it.each([
    { demoMode: true, empty: true, expected: true },
    { demoMode: true, empty: false, expected: false },
    { demoMode: false, empty: true, expected: false },
    { demoMode: false, empty: false, expected: false },
  ] as const)(
    'loads in demo mode only, into an empty database (demo mode: $demoMode, empty: $empty) → $expected',
    ({ expected, ...situation }) => {
      expect(shouldLoadDemoData(situation)).toBe(expected);
    },
  );
});
