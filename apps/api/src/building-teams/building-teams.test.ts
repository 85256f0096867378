import { randomUUID } from 'node:crypto';
import { BuildingTeamPageSchema, BuildingTeamSchema, LearningGroupPageSchema, OverviewSchema, RegionPageSchema, RegionSchema } from '@leerkring/domain';
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
    const all = BuildingTeamPageSchema.parse((await admin.request({ method: 'GET', url: '/api/v1/building-teams' })).json());
    expect(all.items.map((team) => team.name)).toEqual(['Blauwe Zorg in de Wijk Maastricht', 'Bouwteam Jeugd en Wmo Oude IJsselstreek']);
    const youth = BuildingTeamPageSchema.parse((await admin.request({ method: 'GET', url: '/api/v1/building-teams?theme=youth-and-wmo' })).json());
    expect(youth.items).toHaveLength(1);
    expect(youth.items[0]?.partners).toHaveLength(26);
    expect(youth.items[0]?.startDate).toBe('2024-01-15');
  });

  it('pages bouwteams by team, not by joined partner rows', async () => {
    const first = BuildingTeamPageSchema.parse((await admin.request({ method: 'GET', url: '/api/v1/building-teams?pageSize=1' })).json());
    expect(first.items).toHaveLength(1);
    expect(first.meta.totalItems).toBe(2);
    expect(first.items[0]?.partners.length).toBeGreaterThan(1);
  });

  it('answers one bouwteam, and 404 for an unknown one', async () => {
    const list = BuildingTeamPageSchema.parse((await admin.request({ method: 'GET', url: '/api/v1/building-teams' })).json());
    const id = list.items[0]!.id;
    const one = await admin.request({ method: 'GET', url: `/api/v1/building-teams/${id}` });
    expect(BuildingTeamSchema.parse(one.json()).id).toBe(id);
    expect((await admin.request({ method: 'GET', url: `/api/v1/building-teams/${randomUUID()}` })).statusCode).toBe(404);
  });

  it('lists regions with their municipalities and answers one region', async () => {
    const regions = RegionPageSchema.parse((await admin.request({ method: 'GET', url: '/api/v1/regions?pageSize=100' })).json());
    expect(regions.meta.totalItems).toBe(10);
    const achterhoek = regions.items.find((region) => region.name === 'Achterhoek')!;
    expect(achterhoek.municipalities.map((municipality) => municipality.name)).toContain('Gemeente Oude IJsselstreek');
    const one = await admin.request({ method: 'GET', url: `/api/v1/regions/${achterhoek.id}` });
    expect(RegionSchema.parse(one.json()).municipalities).toHaveLength(8);
    expect((await admin.request({ method: 'GET', url: `/api/v1/regions/${randomUUID()}` })).statusCode).toBe(404);
  });

  it('lists the learning group of ten regions', async () => {
    const groups = LearningGroupPageSchema.parse((await admin.request({ method: 'GET', url: '/api/v1/learning-groups' })).json());
    expect(groups.items).toHaveLength(1);
    expect(groups.items[0]?.regions).toHaveLength(10);
  });

  it('counts everything for the start page', async () => {
    const overview = OverviewSchema.parse((await admin.request({ method: 'GET', url: '/api/v1/overview' })).json());
    expect(overview).toMatchObject({ regions: 10, buildingTeams: 2, learningGroups: 1 });
    expect(overview.organisations).toBeGreaterThanOrEqual(26 + 7);
  });
});
