import { BuildingTeamPageSchema, LearningGroupPageSchema, OverviewSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

describe('a partner of another municipality', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  it('sees only their own bouwteam in lists, filters, counts and by id', async () => {
    const outsider = await test.signIn('buiten@leerkring.test');
    const list = BuildingTeamPageSchema.parse(
      (await outsider.request({ method: 'GET', url: '/api/v1/building-teams' })).json(),
    );
    expect(list.items.map((team) => team.name)).toEqual(['Blauwe Zorg in de Wijk Maastricht']);
    expect(list.meta.totalItems).toBe(1);
    const filtered = BuildingTeamPageSchema.parse(
      (await outsider.request({ method: 'GET', url: '/api/v1/building-teams?theme=youth-and-wmo' })).json(),
    );
    expect(filtered.items).toEqual([]);
    const overview = OverviewSchema.parse((await outsider.request({ method: 'GET', url: '/api/v1/overview' })).json());
    expect(overview).toMatchObject({ buildingTeams: 1, learningGroups: 0 });
    const other = await test.dataSource
      .getRepository(BuildingTeamEntity)
      .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' });
    const byId = await outsider.request({ method: 'GET', url: `/api/v1/building-teams/${other.id}` });
    expect(byId.statusCode).toBe(404);
    expect(byId.body).not.toContain('Oude IJsselstreek');
  });

  it('is one of the partners, while the coordinator sees the learning group and no bouwteam', async () => {
    const coordinator = await test.signIn('coordinator@leerkring.test');
    expect(
      BuildingTeamPageSchema.parse((await coordinator.request({ method: 'GET', url: '/api/v1/building-teams' })).json())
        .items,
    ).toEqual([]);
    const groups = LearningGroupPageSchema.parse(
      (await coordinator.request({ method: 'GET', url: '/api/v1/learning-groups' })).json(),
    );
    expect(groups.items.map((group) => group.name)).toEqual(['Financieren vanuit de bedoeling']);
    // A bouwteam partner outside the learning group does not see it (partner@ represents Achterhoek in it).
    const facilitator = await test.signIn('facilitator@leerkring.test');
    expect(
      LearningGroupPageSchema.parse(
        (await facilitator.request({ method: 'GET', url: '/api/v1/learning-groups' })).json(),
      ).items,
    ).toEqual([]);
  });
});
