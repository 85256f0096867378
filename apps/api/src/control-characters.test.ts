import { AccessLogPageSchema, ProblemSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from './building-teams/building-team.entity.js';
import { CaseEntity } from './cases/case.entity.js';
import { startTestApp, type TestApp, type TestSession } from './testing/test-app.js';

// A NUL in a text once answered 500 on PostgreSQL and logged the SQL with the case text; every text now refuses it first.
describe('control characters in any text', () => {
  let test: TestApp;
  let partner: TestSession;
  let admin: TestSession;
  let team: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    partner = await test.signIn('partner@leerkring.test');
    admin = await test.signIn('beheerder@leerkring.test');
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  const validCase = {
    title: 'Vervoer of eenzaamheid?',
    narrative: 'Een huishouden met veertien professionals; de vraag ging over vervoer.',
    presentingQuestion: 'Vervoer naar de dagbesteding.',
    presentingDimensions: ['daily-functioning'],
    professionalsInvolved: 14,
    lifeDomains: ['social-network'],
  };

  it.each([
    ['a NUL', '\u0000'],
    ['an escape', '\u001B'],
    ['a C1 control', '\u0085'],
  ])('refuses %s in a case text with 422 naming the field, and stores nothing', async (_, control) => {
    const before = await test.dataSource.getRepository(CaseEntity).count();
    const response = await partner.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { buildingTeamId: team, ...validCase, narrative: `Een huishouden${control} met schulden.` },
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = ProblemSchema.parse(response.json());
    expect(problem.code).toBe('CONTROL_CHARACTER');
    expect(problem.invalidParams).toEqual([
      expect.objectContaining({ name: 'body.narrative', code: 'control_character' }),
    ]);
    // The refused text is not echoed back.
    expect(response.body).not.toContain('schulden');
    expect(await test.dataSource.getRepository(CaseEntity).count()).toBe(before);
  });

  it('keeps tab, CR and LF', async () => {
    const response = await partner.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { buildingTeamId: team, ...validCase, narrative: 'Eerste regel\r\nTweede\tregel\nDerde regel.' },
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('refuses one in a nested field, a query parameter and a path parameter', async () => {
    const nested = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: 'Stichting\u0000Welzijn', type: 'welzijn' },
    });
    expect(nested.statusCode, nested.body).toBe(422);
    expect(ProblemSchema.parse(nested.json()).invalidParams?.[0]?.name).toBe('body.name');
    const query = await admin.request({ method: 'GET', url: '/api/v1/people?search=a%00b' });
    expect(query.statusCode, query.body).toBe(422);
    expect(ProblemSchema.parse(query.json()).invalidParams?.[0]?.name).toBe('query.search');
    const path = await partner.request({ method: 'GET', url: '/api/v1/cases/%00' });
    expect(path.statusCode, path.body).toBe(422);
    expect(ProblemSchema.parse(path.json()).invalidParams?.[0]?.name).toBe('path.caseId');
  });

  it('ignores an Access-Purpose with a control character and logs the declared purpose', async () => {
    const response = await partner.request({
      method: 'GET',
      url: '/api/v1/cases',
      headers: { 'access-purpose': 'intervisie\u0000' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const log = AccessLogPageSchema.parse(
      (await admin.request({ method: 'GET', url: '/api/v1/access-log?pageSize=100' })).json(),
    );
    expect(log.items.some((entry) => entry.purpose.includes('\u0000'))).toBe(false);
  });
});
