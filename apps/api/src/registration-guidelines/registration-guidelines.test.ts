import { ProblemSchema, RegistrationGuidelinePageSchema, RegistrationGuidelineSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { demoGuidelineClauses } from '../demo/demo-cases.js';
import { diagnosisLessons } from '../demo/demo-guideline-reasons.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { GuidelineClauseLessonEntity } from './guideline-clause-lesson.entity.js';

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

  it('names per clause the lessons that led to it, and the distinct cases and sessions behind them', async () => {
    const manager = await test.signIn('manager@leerkring.test');
    const [inForce] = RegistrationGuidelinePageSchema.parse(
      (
        await manager.request({
          method: 'GET',
          url: `/api/v1/registration-guidelines?buildingTeamId=${team}&status=in-force`,
        })
      ).json(),
    ).items;
    const diagnosis = inForce!.clauses.find((clause) => clause.field === 'diagnosis')!;
    expect(diagnosis.reasons.lessons.map((lesson) => lesson.text)).toEqual(
      diagnosisLessons.map((lesson) => lesson.text),
    );
    expect(diagnosis.reasons).toMatchObject({ caseCount: 3, sessionCount: 1 });
    expect(inForce!.clauses.find((clause) => clause.field === 'title')!.reasons).toEqual({
      lessons: [],
      caseCount: 0,
      sessionCount: 0,
    });
    // The version's lessons are the union of its own and its clauses'.
    expect(inForce!.lessonIds).toEqual(expect.arrayContaining(diagnosis.lessonIds));
    const one = RegistrationGuidelineSchema.parse(
      (await manager.request({ method: 'GET', url: `/api/v1/registration-guidelines/${inForce!.id}` })).json(),
    );
    expect(one.clauses).toEqual(inForce!.clauses);
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

  it('writes a version with lessons per clause, and refuses a lesson of another bouwteam naming the clause', async () => {
    const facilitator = await test.signIn('facilitator@leerkring.test');
    const lessons = await test.dataSource.getRepository(LessonEntity).find({ where: { buildingTeamId: team } });
    const [first, second] = lessons;
    const clauses = demoGuidelineClauses.map((clause) =>
      clause.field === 'familyMembers'
        ? { ...clause, lessonIds: [first!.id, second!.id] }
        : clause.field === 'narrative'
          ? { ...clause, lessonIds: [second!.id] }
          : clause,
    );
    const created = await facilitator.request({
      method: 'POST',
      url: '/api/v1/registration-guidelines',
      payload: { buildingTeamId: team, clauses, changelog: 'Redenen per regel.' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const version = RegistrationGuidelineSchema.parse(created.json());
    const family = version.clauses.find((clause) => clause.field === 'familyMembers')!;
    expect(family.lessonIds).toEqual([first!.id, second!.id]);
    expect(family.reasons.caseCount).toBe(new Set([...first!.caseIds, ...second!.caseIds]).size);
    expect(version.lessonIds.sort()).toEqual([first!.id, second!.id].sort());

    const rowsBefore = await test.dataSource.getRepository(GuidelineClauseLessonEntity).count();
    const maastricht = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Blauwe Zorg in de Wijk Maastricht' })
    ).id;
    const otherTeamsLesson = await test.dataSource.getRepository(LessonEntity).save({
      buildingTeamId: maastricht,
      text: 'Een les van een ander bouwteam.',
      caseIds: [],
      sessionIds: [],
      dimensions: [],
      theme: 'registration',
      followUp: 'none',
      status: 'open',
      recordedById: facilitator.personId,
    });
    const foreign = await facilitator.request({
      method: 'POST',
      url: '/api/v1/registration-guidelines',
      payload: {
        buildingTeamId: team,
        clauses: demoGuidelineClauses.map((clause) =>
          clause.field === 'diagnosis' ? { ...clause, lessonIds: [first!.id, otherTeamsLesson.id] } : clause,
        ),
        changelog: 'Met een les van elders.',
      },
    });
    expect(foreign.statusCode).toBe(422);
    const index = demoGuidelineClauses.findIndex((clause) => clause.field === 'diagnosis');
    expect(ProblemSchema.parse(foreign.json())).toMatchObject({
      code: 'GUIDELINE_LESSON_NOT_FOUND',
      invalidParams: [{ name: `body.clauses.${index}.lessonIds.1`, reason: expect.stringContaining('diagnosis') }],
    });
    expect(await test.dataSource.getRepository(GuidelineClauseLessonEntity).count()).toBe(rowsBefore);
    const malformed = await facilitator.request({
      method: 'POST',
      url: '/api/v1/registration-guidelines',
      payload: {
        buildingTeamId: team,
        clauses: demoGuidelineClauses.map((clause) =>
          clause.field === 'diagnosis' ? { ...clause, lessonIds: ['geen-id'] } : clause,
        ),
        changelog: 'Met een kapotte les.',
      },
    });
    expect(malformed.statusCode).toBe(400);
    expect(ProblemSchema.parse(malformed.json()).invalidParams?.[0]?.name).toBe(`body.clauses.${index}.lessonIds.0`);
  });
});
