import { standardMethods, type IntervisionSession } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseEntity } from '../cases/case.entity.js';
import { problemOf, startSessionsTest, type SessionsTest } from '../testing/intervision-sessions.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { IntervisionMethodEntity } from './intervision-method.entity.js';

const base = '/api/v1/intervision-sessions';

describe('intervision methods outside demo mode', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(async () => {
    await test.close();
  });

  it('exist after start-up on an empty database, once', async () => {
    const methods = await test.dataSource.getRepository(IntervisionMethodEntity).find({ order: { code: 'ASC' } });
    expect(methods.map((method) => method.code)).toEqual(standardMethods.map((method) => method.code).sort());
    expect(methods.find((method) => method.code === 'incident')!.phases).toEqual(standardMethods[0]!.phases);
  });
});

describe('intervision sessions', () => {
  let test: TestApp;
  let partner: TestSession;
  let partner2: TestSession;
  let facilitator: TestSession;
  let manager: TestSession;
  let expert: TestSession;
  let outsider: TestSession;
  let admin: TestSession;
  let team: string;
  let incident: IntervisionMethodEntity;
  let plan: SessionsTest['plan'];

  beforeAll(async () => {
    ({ test, partner, partner2, facilitator, manager, expert, outsider, admin, team, incident, plan } =
      await startSessionsTest());
  });
  afterAll(async () => {
    await test.close();
  });

  describe('methods', () => {
    it('lists the six standard methods to anyone signed in', async () => {
      const response = await expert.request({ method: 'GET', url: '/api/v1/intervision-methods' });
      expect(response.statusCode).toBe(200);
      expect(
        response
          .json()
          .items.map((method: { code: string }) => method.code)
          .sort(),
      ).toEqual(standardMethods.map((method) => method.code).sort());
    });

    it('lets the admin add and change a method; a session keeps the phases it was planned with', async () => {
      const created = await admin.request({
        method: 'POST',
        url: '/api/v1/intervision-methods',
        payload: {
          code: 'korte-ronde',
          name: { nl: 'Korte ronde', en: 'Short round' },
          description: { nl: 'Twee fasen.', en: 'Two phases.' },
          phases: [
            {
              key: 'vraag',
              name: { nl: 'Vraag', en: 'Question' },
              prompt: { nl: 'Wat is je vraag?', en: 'Your question?' },
              timeboxMinutes: 5,
              inputMode: 'open',
            },
            {
              key: 'advies',
              name: { nl: 'Advies', en: 'Advice' },
              prompt: { nl: 'Advies?', en: 'Advice?' },
              timeboxMinutes: 10,
              inputMode: 'inbrenger-listens',
            },
          ],
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const method = created.json();
      const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...again } = method;
      expect(
        problemOf(await admin.request({ method: 'POST', url: '/api/v1/intervision-methods', payload: again }), 409)
          .code,
      ).toBe('INTERVISION_METHOD_CODE_TAKEN');
      problemOf(
        await partner.request({
          method: 'PATCH',
          url: `/api/v1/intervision-methods/${method.id}`,
          payload: { name: { nl: 'X', en: 'X' } },
        }),
        403,
      );

      const session = await plan('2030-06-01', { methodId: method.id });
      expect(session.phases.map((phase) => phase.key)).toEqual(['vraag', 'advies']);
      const changed = await admin.request({
        method: 'PATCH',
        url: `/api/v1/intervision-methods/${method.id}`,
        payload: {
          phases: [
            {
              key: 'alles',
              name: { nl: 'Alles', en: 'All' },
              prompt: { nl: 'Alles?', en: 'All?' },
              timeboxMinutes: 30,
              inputMode: 'open',
            },
          ],
        },
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().phases).toHaveLength(1);
      const planned = await facilitator.request({ method: 'GET', url: `${base}/${session.id}` });
      expect(planned.json().phases.map((phase: { key: string }) => phase.key)).toEqual(['vraag', 'advies']);
    });
  });

  describe('planning', () => {
    it('refuses roles for people outside the bouwteam, cases of another bouwteam, and a facilitator without a partner or facilitator role', async () => {
      const body = {
        buildingTeamId: team,
        methodId: incident.id,
        plannedDate: '2030-07-01',
        inbrengerId: partner.personId,
        facilitatorId: facilitator.personId,
        noteTakerId: partner2.personId,
      };
      const stranger = problemOf(
        await facilitator.request({
          method: 'POST',
          url: base,
          payload: { ...body, participantIds: [outsider.personId] },
        }),
        422,
      );
      expect(stranger.invalidParams?.[0]?.name).toBe('body.participantIds');
      const otherCase = (
        await test.dataSource
          .getRepository(CaseEntity)
          .findOneByOrFail({ title: 'Huishouden met veertien betrokken professionals' })
      ).id;
      const cases = problemOf(
        await facilitator.request({ method: 'POST', url: base, payload: { ...body, caseIds: [otherCase] } }),
        422,
      );
      expect(cases.invalidParams?.[0]?.name).toBe('body.caseIds');
      const expertLeads = problemOf(
        await facilitator.request({ method: 'POST', url: base, payload: { ...body, facilitatorId: expert.personId } }),
        422,
      );
      expect(expertLeads.invalidParams?.[0]?.name).toBe('body.facilitatorId');
      problemOf(await manager.request({ method: 'POST', url: base, payload: body }), 403);
      problemOf(await outsider.request({ method: 'POST', url: base, payload: body }), 404);
    });

    it('lists sessions scoped to the caller’s bouwteams, filtered by status', async () => {
      const planned = await partner.request({ method: 'GET', url: `${base}?buildingTeamId=${team}&status=planned` });
      expect(planned.statusCode).toBe(200);
      expect(planned.json().items.length).toBeGreaterThan(0);
      expect(planned.json().items.every((session: { status: string }) => session.status === 'planned')).toBe(true);
      const elsewhere = await outsider.request({ method: 'GET', url: base });
      expect(
        elsewhere.json().items.every((session: { buildingTeam: { id: string } }) => session.buildingTeam.id !== team),
      ).toBe(true);
    });
  });

  describe('the demo', () => {
    it('has an ended incident session with phase notes and two open actions, shown first in the planned next session', async () => {
      const list = await partner.request({ method: 'GET', url: `${base}?buildingTeamId=${team}&pageSize=100` });
      const ended = list.json().items.find((session: { status: string }) => session.status === 'ended');
      expect(ended.method.code).toBe('incident');
      const notes = await partner.request({ method: 'GET', url: `${base}/${ended.id}/notes` });
      expect(notes.json().items.length).toBeGreaterThan(3);
      const next = list
        .json()
        .items.find(
          (session: { status: string; plannedDate: string }) =>
            session.status === 'planned' && session.plannedDate < '2030-01-01',
        );
      const view = (await partner2.request({ method: 'GET', url: `${base}/${next.id}` })).json() as IntervisionSession;
      expect(Object.keys(view)[0]).toBe('id');
      expect(view.previousOpenActions).toHaveLength(2);
      expect(
        view.previousOpenActions.every((action) => action.sessionId === ended.id && action.status === 'open'),
      ).toBe(true);
    });
  });
});
