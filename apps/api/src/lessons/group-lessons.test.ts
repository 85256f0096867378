import { GroupLessonListSchema, GroupLessonSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { problemOf } from '../testing/intervision-sessions.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { LessonEntity } from './lesson.entity.js';

/**
 * A learning group's lessons: its own, and bouwteam lessons shared into it by a member of both — a copy linking back to
 * its source, without its cases, that passes the privacy guard again and can be withdrawn by its sharer.
 */
describe("a learning group's lessons", () => {
  let test: TestApp;
  let coordinator: TestSession;
  let partner: TestSession;
  let partner2: TestSession;
  let outsider: TestSession;
  let admin: TestSession;
  let group: string;
  let team: string;
  let lesson: LessonEntity;
  const lessonsUrl = () => `/api/v1/learning-groups/${group}/lessons`;
  const share = (who: TestSession, lessonId: string) =>
    who.request({ method: 'POST', url: `/api/v1/lessons/${lessonId}/shares`, payload: { learningGroupId: group } });
  const groupLessons = async (who: TestSession) => {
    const response = await who.request({ method: 'GET', url: lessonsUrl() });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return GroupLessonListSchema.parse(response.json()).items;
  };

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    [coordinator, partner, partner2, outsider, admin] = [
      await test.signIn('coordinator@leerkring.test'),
      await test.signIn('partner@leerkring.test'),
      await test.signIn('partner2@leerkring.test'),
      await test.signIn('buiten@leerkring.test'),
      await test.signIn('beheerder@leerkring.test'),
    ];
    group = (
      await test.dataSource
        .getRepository(LearningGroupEntity)
        .findOneByOrFail({ name: 'Financieren vanuit de bedoeling' })
    ).id;
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    lesson = (
      await test.dataSource
        .getRepository(LessonEntity)
        .find({ where: { buildingTeamId: team }, order: { createdAt: 'ASC' }, take: 1 })
    )[0]!;
    // partner@ and partner2@ of the Oude IJsselstreek bouwteam are members of the group in the demo data.
  });
  afterAll(async () => {
    await test.close();
  });

  it('shares a bouwteam lesson as a copy naming its source, without its cases; once', async () => {
    const response = await share(partner, lesson.id);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
    const copy = GroupLessonSchema.parse(response.json());
    expect(copy).toMatchObject({
      learningGroup: { id: group },
      text: lesson.text,
      sessionIds: [],
      sharedFrom: { lessonId: lesson.id, buildingTeam: { id: team, name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' } },
      sharedBy: { id: partner.personId },
      mayWithdraw: true,
    });
    expect(JSON.stringify(response.json())).not.toContain('caseIds');
    const seen = await groupLessons(coordinator);
    expect(seen.find((item) => item.id === copy.id)).toMatchObject({ mayWithdraw: false });
    const again = problemOf(await share(partner2, lesson.id), 409);
    expect(again.invalidParams?.map((param) => param.name)).toEqual(['body.learningGroupId']);
  });

  it('refuses a lesson or group the sharer is not part of with 404, and an identifier with 422 naming the field', async () => {
    problemOf(await share(coordinator, lesson.id), 404);
    problemOf(await share(outsider, lesson.id), 404);
    const named = await test.dataSource.getRepository(LessonEntity).save({
      buildingTeamId: team,
      text: 'Mail de moeder op j.jansen@example.org over de terugbelafspraak.',
      caseIds: [],
      sessionIds: [],
      dimensions: [],
      theme: 'collaboration',
      followUp: 'none',
      status: 'open',
      recordedById: partner.personId,
    });
    const before = (await groupLessons(coordinator)).length;
    const refused = problemOf(await share(partner, named.id), 422);
    // The guard names the copied field as it names a posted one.
    expect(refused.invalidParams?.map((param) => param.name)).toEqual(['body.text']);
    expect(await groupLessons(coordinator)).toHaveLength(before);
  });

  it("records the group's own lesson; outsiders get 404, bad links 422", async () => {
    const created = await coordinator.request({
      method: 'POST',
      url: lessonsUrl(),
      payload: { text: 'Bekostiging per huishouden geeft ruimte aan de bedoeling.', theme: 'financing' },
    });
    expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
    expect(GroupLessonSchema.parse(created.json())).toMatchObject({ sharedFrom: null, mayWithdraw: false });
    const badLink = await coordinator.request({
      method: 'POST',
      url: lessonsUrl(),
      payload: { text: 'Een les met een vreemde bijeenkomst.', theme: 'financing', sessionIds: [lesson.id] },
    });
    expect(problemOf(badLink, 422).invalidParams?.map((param) => param.name)).toEqual(['body.sessionIds']);
    problemOf(await outsider.request({ method: 'GET', url: lessonsUrl() }), 404);
    problemOf(
      await outsider.request({
        method: 'POST',
        url: lessonsUrl(),
        payload: { text: 'Een les van buiten.', theme: 'financing' },
      }),
      404,
    );
  });

  it('is withdrawn only by its sharer or an administrator, and then leaves the group', async () => {
    const own = (await groupLessons(coordinator)).find((item) => item.sharedFrom === null)!;
    problemOf(await coordinator.request({ method: 'DELETE', url: `/api/v1/group-lessons/${own.id}` }), 403);
    const shared = (await groupLessons(coordinator)).find((item) => item.sharedFrom !== null)!;
    problemOf(await partner2.request({ method: 'DELETE', url: `/api/v1/group-lessons/${shared.id}` }), 403);
    problemOf(await outsider.request({ method: 'DELETE', url: `/api/v1/group-lessons/${shared.id}` }), 404);
    const withdrawn = await partner.request({ method: 'DELETE', url: `/api/v1/group-lessons/${shared.id}` });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect((await groupLessons(partner2)).map((item) => item.id)).not.toContain(shared.id);
    problemOf(await admin.request({ method: 'DELETE', url: `/api/v1/group-lessons/${shared.id}` }), 404);
    // Shared anew, an administrator may withdraw it.
    const again = GroupLessonSchema.parse((await share(partner2, lesson.id)).json());
    expect((await admin.request({ method: 'DELETE', url: `/api/v1/group-lessons/${again.id}` })).statusCode).toBe(204);
  });
});
