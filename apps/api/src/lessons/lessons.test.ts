import {
  LessonPageSchema,
  LessonSchema,
  ProblemSchema,
  SystemObstaclePageSchema,
  SystemObstacleSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

describe('lessons and system obstacles', () => {
  let test: TestApp;
  let facilitator: TestSession;
  let team: string;
  let caseId: string;
  let otherTeamCase: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    facilitator = await test.signIn('facilitator@leerkring.test');
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    caseId = (
      await test.dataSource.getRepository(CaseEntity).findOneByOrFail({ title: 'Mantelzorger raakt overbelast' })
    ).id;
    otherTeamCase = (
      await test.dataSource
        .getRepository(CaseEntity)
        .findOneByOrFail({ title: 'Huishouden met veertien betrokken professionals' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  it('records a lesson linked to a case of the bouwteam, and filters lessons by theme, dimension and case', async () => {
    const created = await facilitator.request({
      method: 'POST',
      url: '/api/v1/lessons',
      payload: {
        buildingTeamId: team,
        text: 'Vraag bij elke aanvraag voor huishoudelijke hulp ook naar de mantelzorger.',
        caseIds: [caseId],
        dimensions: ['participation'],
        theme: 'collaboration',
        followUp: 'change-guideline',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const lesson = LessonSchema.parse(created.json());
    expect(lesson).toMatchObject({ status: 'open', caseIds: [caseId], recordedBy: { id: facilitator.personId } });
    const byTheme = LessonPageSchema.parse(
      (
        await facilitator.request({ method: 'GET', url: `/api/v1/lessons?buildingTeamId=${team}&theme=collaboration` })
      ).json(),
    );
    // The demo holds more lessons of this theme (those behind the insights): what the filter keeps, and the new one.
    expect(byTheme.items.every((item) => item.theme === 'collaboration')).toBe(true);
    expect(byTheme.items.map((item) => item.id)).toContain(lesson.id);
    const byDimension = LessonPageSchema.parse(
      (await facilitator.request({ method: 'GET', url: '/api/v1/lessons?dimension=meaning' })).json(),
    );
    expect(byDimension.items.length).toBeGreaterThan(0);
    expect(byDimension.items.every((item) => item.dimensions.includes('meaning'))).toBe(true);
    expect(byDimension.items.map((item) => item.theme)).toContain('transitions');
    const byCase = LessonPageSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/lessons?caseId=${caseId}` })).json(),
    );
    expect(byCase.items.map((item) => item.id)).toContain(lesson.id);
    expect(byCase.items.every((item) => item.caseIds.includes(caseId))).toBe(true);
    const done = await facilitator.request({
      method: 'PATCH',
      url: `/api/v1/lessons/${lesson.id}`,
      payload: { status: 'done' },
    });
    expect(LessonSchema.parse(done.json()).status).toBe('done');
  });

  it('refuses a lesson naming a person, or linking a case of another bouwteam, and stores nothing', async () => {
    const before = LessonPageSchema.parse((await facilitator.request({ method: 'GET', url: '/api/v1/lessons' })).json())
      .meta.totalItems;
    const named = await facilitator.request({
      method: 'POST',
      url: '/api/v1/lessons',
      payload: {
        buildingTeamId: team,
        text: 'Mevrouw De Vries had eerder gebeld moeten worden.',
        theme: 'collaboration',
      },
    });
    expect(named.statusCode).toBe(422);
    expect(ProblemSchema.parse(named.json()).invalidParams?.[0]).toMatchObject({ name: 'body.text', kind: 'name' });
    const foreign = await facilitator.request({
      method: 'POST',
      url: '/api/v1/lessons',
      payload: {
        buildingTeamId: team,
        text: 'Een les over een andere gemeente.',
        caseIds: [otherTeamCase],
        theme: 'collaboration',
      },
    });
    expect(foreign.statusCode).toBe(422);
    expect(
      LessonPageSchema.parse((await facilitator.request({ method: 'GET', url: '/api/v1/lessons' })).json()).meta
        .totalItems,
    ).toBe(before);
  });

  it('keeps another municipality out, and lets a manager read but not write', async () => {
    const outsider = await test.signIn('buiten@leerkring.test');
    expect(
      LessonPageSchema.parse((await outsider.request({ method: 'GET', url: '/api/v1/lessons' })).json()).items,
    ).toEqual([]);
    const ours = LessonPageSchema.parse((await facilitator.request({ method: 'GET', url: '/api/v1/lessons' })).json())
      .items[0]!;
    expect((await outsider.request({ method: 'GET', url: `/api/v1/lessons/${ours.id}` })).statusCode).toBe(404);
    const manager = await test.signIn('manager@leerkring.test');
    expect((await manager.request({ method: 'GET', url: `/api/v1/lessons/${ours.id}` })).statusCode).toBe(200);
    expect(
      (await manager.request({ method: 'PATCH', url: `/api/v1/lessons/${ours.id}`, payload: { status: 'done' } }))
        .statusCode,
    ).toBe(403);
  });

  it('records a system obstacle with the cases that met it, and escalates it', async () => {
    const created = await facilitator.request({
      method: 'POST',
      url: '/api/v1/system-obstacles',
      payload: {
        buildingTeamId: team,
        title: 'Geen gezamenlijk budget voor mantelzorgondersteuning',
        legalFramework: 'wmo-2015',
        caseIds: [caseId],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const obstacle = SystemObstacleSchema.parse(created.json());
    const escalated = await facilitator.request({
      method: 'PATCH',
      url: `/api/v1/system-obstacles/${obstacle.id}`,
      payload: { escalationStatus: 'escalated' },
    });
    expect(SystemObstacleSchema.parse(escalated.json())).toMatchObject({
      escalationStatus: 'escalated',
      caseIds: [caseId],
    });
    const named = await facilitator.request({
      method: 'POST',
      url: '/api/v1/system-obstacles',
      payload: { buildingTeamId: team, title: 'Hobbel', description: 'Bel 06-12345678 voor de details.' },
    });
    expect(named.statusCode).toBe(422);
    expect(ProblemSchema.parse(named.json())).toMatchObject({
      code: 'SYSTEM_OBSTACLE_IDENTIFIER_FOUND',
      invalidParams: [expect.objectContaining({ name: 'body.description', kind: 'phone' })],
    });
    const open = SystemObstaclePageSchema.parse(
      (await facilitator.request({ method: 'GET', url: '/api/v1/system-obstacles?escalationStatus=open' })).json(),
    );
    // The demo holds more open obstacles (those behind the insights): what the filter keeps, and a known one.
    expect(open.items.every((item) => item.escalationStatus === 'open')).toBe(true);
    expect(open.items.map((item) => item.title)).toContain('Wmo vraagt uren te indiceren');
    expect(open.items.map((item) => item.id)).not.toContain(obstacle.id);
  });
});
