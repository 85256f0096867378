import { ProblemSchema, RegistrationGuidelinePageSchema, RegistrationGuidelineSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { demoGuidelineClauses } from '../demo/demo-cases.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

describe('registration guidelines', () => {
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

  it('has one version in force per bouwteam, readable by a manager', async () => {
    const manager = await test.signIn('manager@leerkring.test');
    const inForce = RegistrationGuidelinePageSchema.parse(
      (
        await manager.request({
          method: 'GET',
          url: `/api/v1/registration-guidelines?buildingTeamId=${team}&status=in-force`,
        })
      ).json(),
    );
    expect(inForce.items).toHaveLength(1);
    expect(inForce.items[0]!.version).toBe(2);
    expect(inForce.items[0]!.clauses.find((clause) => clause.field === 'diagnosis')?.rule).toBe('not-recorded');
  });

  it('puts a new version in force and supersedes the old one in one step; cases then follow the new version', async () => {
    const facilitator = await test.signIn('facilitator@leerkring.test');
    const clauses = demoGuidelineClauses.map((clause) =>
      clause.field === 'ageGroup' ? { ...clause, rule: 'not-recorded' as const } : clause,
    );
    const created = await facilitator.request({
      method: 'POST',
      url: '/api/v1/registration-guidelines',
      payload: { buildingTeamId: team, clauses, changelog: 'Leeftijdsgroep niet meer vastleggen.', putInForce: true },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(RegistrationGuidelineSchema.parse(created.json())).toMatchObject({ version: 3, status: 'in-force' });
    const all = RegistrationGuidelinePageSchema.parse(
      (
        await facilitator.request({ method: 'GET', url: `/api/v1/registration-guidelines?buildingTeamId=${team}` })
      ).json(),
    );
    expect(all.items.map((item) => [item.version, item.status])).toEqual([
      [3, 'in-force'],
      [2, 'superseded'],
      [1, 'superseded'],
    ]);
    const partner = await test.signIn('partner@leerkring.test');
    const refused = await partner.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        buildingTeamId: team,
        title: 'Leeftijd',
        narrative: 'Een situatie.',
        presentingQuestion: 'Een vraag.',
        ageGroup: '18-23',
      },
    });
    expect(refused.statusCode).toBe(422);
    expect(ProblemSchema.parse(refused.json()).invalidParams?.[0]?.name).toBe('body.ageGroup');
  });

  it('refuses identifiers in its texts and lessons of another bouwteam, with the field, and stores nothing', async () => {
    const facilitator = await test.signIn('facilitator@leerkring.test');
    const before = RegistrationGuidelinePageSchema.parse(
      (
        await facilitator.request({ method: 'GET', url: `/api/v1/registration-guidelines?buildingTeamId=${team}` })
      ).json(),
    ).meta.totalItems;
    const clauses = demoGuidelineClauses.map((clause, index) =>
      index === 1 ? { ...clause, retention: 'Vraag j.jansen@example.org hoe lang' } : clause,
    );
    const named = await facilitator.request({
      method: 'POST',
      url: '/api/v1/registration-guidelines',
      payload: { buildingTeamId: team, clauses, changelog: 'Bewaartermijn aangepast.' },
    });
    expect(named.statusCode).toBe(422);
    expect(ProblemSchema.parse(named.json())).toMatchObject({
      code: 'GUIDELINE_IDENTIFIER_FOUND',
      invalidParams: [{ name: 'body.clauses.1.retention', kind: 'email' }],
    });
    const foreign = await facilitator.request({
      method: 'POST',
      url: '/api/v1/registration-guidelines',
      payload: {
        buildingTeamId: team,
        clauses: demoGuidelineClauses,
        changelog: 'Met een vreemde les.',
        lessonIds: [team],
      },
    });
    expect(foreign.statusCode).toBe(422);
    expect(ProblemSchema.parse(foreign.json()).invalidParams?.[0]?.name).toBe('body.lessonIds.0');
    const after = RegistrationGuidelinePageSchema.parse(
      (
        await facilitator.request({ method: 'GET', url: `/api/v1/registration-guidelines?buildingTeamId=${team}` })
      ).json(),
    ).meta.totalItems;
    expect(after).toBe(before);
  });

  it('is written by partners and facilitators only', async () => {
    const manager = await test.signIn('manager@leerkring.test');
    const response = await manager.request({
      method: 'POST',
      url: '/api/v1/registration-guidelines',
      payload: { buildingTeamId: team, clauses: demoGuidelineClauses, changelog: 'Poging' },
    });
    expect(response.statusCode).toBe(403);
  });
});
