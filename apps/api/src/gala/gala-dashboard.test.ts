import { GalaAlertListSchema, GalaDashboardSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

describe("the coordinator's GALA dashboard and alerts", () => {
  let test: TestApp;
  let coordinator: TestSession;
  let achterhoek: string;
  let doetinchem: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    coordinator = await test.signIn('coordinator@leerkring.test');
    achterhoek = (await test.dataSource.getRepository(RegionEntity).findOneByOrFail({ name: 'Achterhoek' })).id;
    doetinchem = (
      await test.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ name: 'Gemeente Doetinchem' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  const dashboard = (query = '', session = coordinator) =>
    session.request({ method: 'GET', url: `/api/v1/regions/${achterhoek}/gala-dashboard${query}` });

  it("shows the region's plans as a matrix, the budget per block and year, what falls due and the vouchers", async () => {
    const response = await dashboard();
    expect(response.statusCode, response.body).toBe(200);
    const body = GalaDashboardSchema.parse(response.json());
    expect(body.region.name).toBe('Achterhoek');
    expect(body.coverage.map((row) => row.municipality?.name).sort()).toEqual([
      'Gemeente Aalten',
      'Gemeente Doetinchem',
      'Gemeente Oude IJsselstreek',
      'Gemeente Winterswijk',
    ]);
    expect(Object.keys(body.coverage[0]!.goals)).toHaveLength(7);
    expect(Object.keys(body.coverage[0]!.chainApproaches)).toHaveLength(5);
    // Winterswijk names Welzijn op Recept as not started, and Kansrijke Start not at all: not in its plan.
    const winterswijk = body.coverage.find((row) => row.municipality?.name === 'Gemeente Winterswijk')!;
    expect(winterswijk.chainApproaches).toMatchObject({ 'welzijn-op-recept': 'not-started', 'kansrijke-start': null });
    expect(new Set(body.budget.map((total) => total.block))).toEqual(
      new Set(['sport-exercise-culture', 'health-social-basis', 'supporting-parts']),
    );
    expect(body.budget.every((total) => Number.isInteger(total.plannedCents))).toBe(true);
    expect(body.milestonesOverdue.length + body.milestonesDueSoon.length).toBeGreaterThan(0);
    expect(body.milestonesDueSoon.every((due) => due.daysLeft >= 0 && due.daysLeft <= 30)).toBe(true);
    expect(body.milestonesOverdue.every((due) => due.daysLeft < 0)).toBe(true);
    // The demo's running voucher on people's involvement expires 20 days from today, whenever the demo is loaded.
    expect(body.vouchersExpiring).toEqual([
      expect.objectContaining({ expertise: 'Bewoners betrekken', daysLeft: 20, status: 'in-progress' }),
    ]);
    expect(body.voucherHours).toEqual({ hoursGranted: 60, hoursUsed: 43, vouchers: 4 });
  });

  it('filters by municipality and year', async () => {
    const body = GalaDashboardSchema.parse((await dashboard(`?municipalityId=${doetinchem}&year=2025`)).json());
    expect(body.coverage.map((row) => row.municipality?.name)).toEqual(['Gemeente Doetinchem']);
    expect(body.budget.map((total) => total.year)).toEqual([2025, 2025, 2025]);
    expect(body.budget[0]).toEqual({
      block: 'sport-exercise-culture',
      year: 2025,
      plannedCents: 42_000_000,
      spentCents: 35_700_000,
    });
    expect(body.vouchersExpiring).toEqual([]);
    expect((await dashboard('?year=1999')).statusCode).toBe(400);
  });

  it('lists the alerts of the start page, most urgent first; someone without a region role gets none', async () => {
    const response = await coordinator.request({ method: 'GET', url: '/api/v1/gala-alerts' });
    expect(response.statusCode).toBe(200);
    const alerts = GalaAlertListSchema.parse(response.json());
    expect(alerts.items.map((alert) => alert.kind)).toEqual(expect.arrayContaining(['voucher-expiring']));
    const days = alerts.items.map((alert) => alert.daysLeft);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(alerts.items.every((alert) => alert.region.name === 'Achterhoek')).toBe(true);

    const partner = await test.signIn('partner@leerkring.test');
    const none = await partner.request({ method: 'GET', url: '/api/v1/gala-alerts' });
    expect(none.json().items).toEqual([]);
    expect((await dashboard('', partner)).statusCode).toBe(404);
  });
});
