import { QuestionShiftInsightSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

describe('insight into where presenting questions rest', () => {
  let test: TestApp;
  let team: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  it('shows the manager, across 200+ cases, which presenting dimensions rest on which underlying ones, small cells suppressed', async () => {
    const manager = await test.signIn('manager@leerkring.test');
    const response = await manager.request({
      method: 'GET',
      url: `/api/v1/insights/question-shifts?buildingTeamId=${team}`,
    });
    expect(response.statusCode).toBe(200);
    const insight = QuestionShiftInsightSchema.parse(response.json());
    expect(insight.totalCases).toBeGreaterThanOrEqual(200);
    const cell = (presenting: string, underlying: string) =>
      insight.cells.find((item) => item.presenting === presenting && item.underlying === underlying)!;
    expect(cell('daily-functioning', 'participation').count).toBeGreaterThanOrEqual(46);
    expect(cell('participation', 'mental-wellbeing')).toMatchObject({ count: null, suppressed: true });
    expect(JSON.stringify(insight)).not.toMatch(/narrative|Casus \d/);
  });

  it('shows another municipality nothing of it', async () => {
    const outsider = await test.signIn('buiten@leerkring.test');
    expect(
      (await outsider.request({ method: 'GET', url: `/api/v1/insights/question-shifts?buildingTeamId=${team}` }))
        .statusCode,
    ).toBe(404);
    const own = QuestionShiftInsightSchema.parse(
      (await outsider.request({ method: 'GET', url: '/api/v1/insights/question-shifts' })).json(),
    );
    expect(own.totalCases).toBe(1);
    expect(own.cells.every((item) => item.count === 0 || item.suppressed)).toBe(true);
  });
});
