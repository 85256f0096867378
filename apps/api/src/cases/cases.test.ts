import {
  AccessLogPageSchema,
  CaseHistorySchema,
  CasePageSchema,
  CaseSchema,
  findIdentifiers,
  ProblemSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { demoCases } from '../demo/demo-cases.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { CaseEntity } from './case.entity.js';

describe('cases', () => {
  let test: TestApp;
  let partner: TestSession;
  let team: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    partner = await test.signIn('partner@leerkring.test');
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  const bringIn = (session: TestSession, fields: Record<string, unknown>) =>
    session.request({ method: 'POST', url: '/api/v1/cases', payload: { buildingTeamId: team, ...fields } });
  const valid = {
    title: 'Vervoer of eenzaamheid?',
    narrative: 'Een huishouden met veertien professionals; de vraag ging over vervoer.',
    presentingQuestion: 'Vervoer naar de dagbesteding.',
    presentingDimensions: ['daily-functioning'],
    professionalsInvolved: 14,
    lifeDomains: ['social-network'],
  };

  it('demo cases pass the privacy guard', () => {
    for (const demoCase of demoCases) {
      for (const text of [
        demoCase.fields.title,
        demoCase.fields.narrative,
        demoCase.fields.presentingQuestion,
        demoCase.fields.underlyingQuestion,
      ]) {
        expect(findIdentifiers(text ?? ''), text).toEqual([]);
      }
    }
  });

  it('a partner brings in a case for their bouwteam; it is stored with its history and an access-log entry', async () => {
    const response = await bringIn(partner, valid);
    expect(response.statusCode, response.body).toBe(201);
    const created = CaseSchema.parse(response.json());
    expect(created).toMatchObject({
      status: 'brought-in',
      professionalsInvolved: 14,
      broughtInBy: { id: partner.personId },
      organisation: { name: 'Zorggroep De Linde' },
    });
    expect(response.headers.location).toBe(`/api/v1/cases/${created.id}`);
    const history = CaseHistorySchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/cases/${created.id}/history` })).json(),
    );
    expect(history.items).toHaveLength(1);
    const log = AccessLogPageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/me/access-log?recordType=case&pageSize=100' })).json(),
    );
    expect(
      log.items.some((entry) => entry.recordId === created.id && entry.event === 'create' && entry.role === 'partner'),
    ).toBe(true);
  });

  it('refuses a text with a BSN with 422 naming the field, the kind and where it is, and stores nothing', async () => {
    const before = await test.dataSource.getRepository(CaseEntity).count();
    const narrative = 'Moeder belde over haar zoon, BSN 111222333, en de wachtlijst.';
    const response = await bringIn(partner, { ...valid, narrative });
    expect(response.statusCode).toBe(422);
    const problem = ProblemSchema.parse(response.json());
    expect(problem.code).toBe('CASE_IDENTIFIER_FOUND');
    const start = narrative.indexOf('111222333');
    expect(problem.invalidParams).toEqual([
      expect.objectContaining({ name: 'body.narrative', kind: 'bsn', start, end: start + 9 }),
    ]);
    expect(response.body).not.toContain('111222333');
    expect(await test.dataSource.getRepository(CaseEntity).count()).toBe(before);
  });

  it('refuses a value in a field the guideline does not record, naming the field and the clause', async () => {
    const response = await bringIn(partner, { ...valid, diagnosis: 'depressie' });
    expect(response.statusCode).toBe(422);
    const problem = ProblemSchema.parse(response.json());
    expect(problem.code).toBe('CASE_FIELD_NOT_RECORDED');
    expect(problem.invalidParams).toEqual([
      expect.objectContaining({
        name: 'body.diagnosis',
        code: 'not-recorded',
        reason: expect.stringContaining('geen diagnoses'),
      }),
    ]);
  });

  it('refuses a case without a required field', async () => {
    const { presentingQuestion: _, ...withoutQuestion } = valid;
    const response = await bringIn(partner, withoutQuestion);
    expect(response.statusCode).toBe(422);
    expect(ProblemSchema.parse(response.json()).invalidParams).toEqual([
      expect.objectContaining({ name: 'body.presentingQuestion', code: 'required-missing' }),
    ]);
  });

  it('shows a manager what a case is about but never its narrative, and does not let them search in it', async () => {
    const manager = await test.signIn('manager@leerkring.test');
    const page = CasePageSchema.parse(
      (await manager.request({ method: 'GET', url: `/api/v1/cases?buildingTeamId=${team}&pageSize=100` })).json(),
    );
    expect(page.items.length).toBeGreaterThan(2);
    expect(page.items.every((item) => item.narrative === null)).toBe(true);
    const search = CasePageSchema.parse(
      (await manager.request({ method: 'GET', url: '/api/v1/cases?search=huurachterstand' })).json(),
    );
    expect(search.items).toEqual([]);
    const partnerSearch = CasePageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/cases?search=huurachterstand' })).json(),
    );
    expect(partnerSearch.items.map((item) => item.title)).toEqual(['Schulden en een dreigende huisuitzetting']);
    expect(
      (await manager.request({ method: 'POST', url: '/api/v1/cases', payload: { buildingTeamId: team, ...valid } }))
        .statusCode,
    ).toBe(403);
  });

  it('filters by status, life domain and legal framework', async () => {
    const closed = CasePageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/cases?status=closed' })).json(),
    );
    // The demo's coded insight cases are of every status and domain too: check what the filter keeps, and a known case.
    expect(closed.items.every((item) => item.status === 'closed')).toBe(true);
    expect(closed.items.map((item) => item.title)).toContain('Schulden en een dreigende huisuitzetting');
    const housing = CasePageSchema.parse(
      (
        await partner.request({ method: 'GET', url: '/api/v1/cases?lifeDomain=housing&legalFramework=jeugdwet' })
      ).json(),
    );
    expect(
      housing.items.every((item) => item.lifeDomains.includes('housing') && item.legalFrameworks.includes('jeugdwet')),
    ).toBe(true);
    expect(housing.items.map((item) => item.title)).toEqual(
      expect.arrayContaining([
        'Jongere tussen jeugdhulp en Wmo bij het 18e jaar',
        'Schulden en een dreigende huisuitzetting',
      ]),
    );
  });

  it('keeps the cases of another municipality out of sight (404), and keeps the administrator out of case contents (403)', async () => {
    const outsider = await test.signIn('buiten@leerkring.test');
    const theirs = CasePageSchema.parse(
      (await outsider.request({ method: 'GET', url: '/api/v1/cases?pageSize=100' })).json(),
    );
    expect(theirs.items.map((item) => item.title)).toEqual(['Huishouden met veertien betrokken professionals']);
    const ours = CasePageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/cases?pageSize=1' })).json(),
    ).items[0]!;
    expect((await outsider.request({ method: 'GET', url: `/api/v1/cases/${ours.id}` })).statusCode).toBe(404);
    expect(
      (await outsider.request({ method: 'PATCH', url: `/api/v1/cases/${ours.id}`, payload: { status: 'closed' } }))
        .statusCode,
    ).toBe(404);
    expect((await bringIn(outsider, valid)).statusCode).toBe(404);
    const admin = await test.signIn('beheerder@leerkring.test');
    expect((await admin.request({ method: 'GET', url: '/api/v1/cases' })).statusCode).toBe(403);
  });

  it('changes a case under the same guard and keeps each change in its history', async () => {
    const created = CaseSchema.parse((await bringIn(partner, { ...valid, title: 'Te wijzigen casus' })).json());
    const facilitator = await test.signIn('facilitator@leerkring.test');
    const changed = await facilitator.request({
      method: 'PATCH',
      url: `/api/v1/cases/${created.id}`,
      payload: {
        underlyingQuestion: 'Eenzaamheid en zingeving.',
        underlyingDimensions: ['meaning'],
        status: 'discussed',
      },
    });
    expect(changed.statusCode).toBe(200);
    expect(CaseSchema.parse(changed.json())).toMatchObject({
      status: 'discussed',
      underlyingDimensions: ['meaning'],
      lifeDomains: ['social-network'],
    });
    const refused = await facilitator.request({
      method: 'PATCH',
      url: `/api/v1/cases/${created.id}`,
      payload: { narrative: 'Bel 06-12345678 voor overleg.' },
    });
    expect(refused.statusCode).toBe(422);
    expect(ProblemSchema.parse(refused.json()).invalidParams?.[0]).toMatchObject({
      name: 'body.narrative',
      kind: 'phone',
    });
    const history = CaseHistorySchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/cases/${created.id}/history` })).json(),
    );
    expect(history.items.map((item) => item.fields)).toEqual([
      Object.keys(valid).sort(),
      ['status', 'underlyingDimensions', 'underlyingQuestion'],
    ]);
  });
});
