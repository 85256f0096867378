import { randomUUID } from 'node:crypto';
import {
  BuildingTeamPageSchema,
  BuildingTeamSchema,
  LearningGroupPageSchema,
  OverviewSchema,
  RegionPageSchema,
  RegionSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

describe('bouwteams, regions, learning groups and the overview, as an administrator', () => {
  let test: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
  });

  it('lists bouwteams with their municipality and partners, filterable by theme', async () => {
    const all = BuildingTeamPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/building-teams' })).json(),
    );
    expect(all.items.map((team) => team.name)).toEqual([
      'Blauwe Zorg in de Wijk Maastricht',
      'Bouwteam Jeugd en Wmo Oude IJsselstreek',
    ]);
    const youth = BuildingTeamPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/building-teams?theme=youth-and-wmo' })).json(),
    );
    expect(youth.items).toHaveLength(1);
    expect(youth.items[0]?.partners).toHaveLength(26);
    expect(youth.items[0]?.startDate).toBe('2024-01-15');
  });

  it('pages bouwteams by team, not by joined partner rows', async () => {
    const first = BuildingTeamPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/building-teams?pageSize=1' })).json(),
    );
    expect(first.items).toHaveLength(1);
    expect(first.meta.totalItems).toBe(2);
    expect(first.items[0]?.partners.length).toBeGreaterThan(1);
  });

  it('answers one bouwteam, and 404 for an unknown one', async () => {
    const list = BuildingTeamPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/building-teams' })).json(),
    );
    const id = list.items[0]!.id;
    const one = await admin.request({ method: 'GET', url: `/api/v1/building-teams/${id}` });
    expect(BuildingTeamSchema.parse(one.json()).id).toBe(id);
    expect((await admin.request({ method: 'GET', url: `/api/v1/building-teams/${randomUUID()}` })).statusCode).toBe(
      404,
    );
  });

  it('lists regions with their municipalities and answers one region', async () => {
    const regions = RegionPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/regions?pageSize=100' })).json(),
    );
    expect(regions.meta.totalItems).toBe(10);
    const achterhoek = regions.items.find((region) => region.name === 'Achterhoek')!;
    expect(achterhoek.municipalities.map((municipality) => municipality.name)).toContain('Gemeente Oude IJsselstreek');
    const one = await admin.request({ method: 'GET', url: `/api/v1/regions/${achterhoek.id}` });
    expect(RegionSchema.parse(one.json()).municipalities).toHaveLength(8);
    expect((await admin.request({ method: 'GET', url: `/api/v1/regions/${randomUUID()}` })).statusCode).toBe(404);
  });

  it('lists the learning group of ten regions', async () => {
    const groups = LearningGroupPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/learning-groups' })).json(),
    );
    expect(groups.items).toHaveLength(1);
    expect(groups.items[0]?.regions).toHaveLength(10);
  });

  it('forms a bouwteam of a municipality and partners, and changes its partner list', async () => {
    const organisations = (
      await admin.request({ method: 'GET', url: '/api/v1/organisations?pageSize=100' })
    ).json() as { items: { id: string; name: string; type: string }[] };
    const municipality = organisations.items.find((item) => item.name === 'Gemeente Winterswijk')!;
    const [first, second] = organisations.items.filter((item) => item.type === 'zorgaanbieder');
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/building-teams',
      payload: {
        name: 'Bouwteam Ouderenzorg Winterswijk',
        theme: 'elderly-care',
        startDate: '2026-09-01',
        municipalityId: municipality.id,
        partnerIds: [first!.id],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const team = BuildingTeamSchema.parse(created.json());
    expect(team.partners.map((partner) => partner.id)).toEqual([first!.id]);
    const changed = await admin.request({
      method: 'PATCH',
      url: `/api/v1/building-teams/${team.id}`,
      payload: { partnerIds: [first!.id, second!.id] },
    });
    expect(BuildingTeamSchema.parse(changed.json()).partners).toHaveLength(2);
    const notMunicipality = await admin.request({
      method: 'POST',
      url: '/api/v1/building-teams',
      payload: { name: 'Geen gemeente', theme: 'wmo', startDate: '2026-09-01', municipalityId: first!.id },
    });
    expect(notMunicipality.statusCode).toBe(422);
  });

  it('counts everything for the start page', async () => {
    const overview = OverviewSchema.parse((await admin.request({ method: 'GET', url: '/api/v1/overview' })).json());
    expect(overview).toMatchObject({ regions: 10, learningGroups: 1 });
    expect(overview.buildingTeams).toBeGreaterThanOrEqual(2);
    expect(overview.organisations).toBeGreaterThanOrEqual(26 + 7);
  });
});
