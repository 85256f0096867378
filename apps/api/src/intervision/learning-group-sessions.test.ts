import { IntervisionSessionPageSchema, IntervisionSessionSchema, SessionCandidateListSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import type { TestSession } from '../testing/test-app.js';
import { problemOf, startSessionsTest, type SessionsTest } from '../testing/intervision-sessions.js';

/**
 * A learning group's meetings are intervision sessions of the group: its coordinator plans them, its members take
 * part, and they run exactly as a bouwteam's (phases, private-then-reveal, notes, actions carried over).
 */
describe("a learning group's meetings", () => {
  let context: SessionsTest;
  let coordinator: TestSession;
  let group: string;
  const base = '/api/v1/intervision-sessions';
  const plan = (who: TestSession, payload: Record<string, unknown>) =>
    who.request({ method: 'POST', url: `/api/v1/learning-groups/${group}/sessions`, payload });

  beforeAll(async () => {
    context = await startSessionsTest();
    coordinator = await context.test.signIn('coordinator@leerkring.test');
    group = (
      await context.test.dataSource
        .getRepository(LearningGroupEntity)
        .findOneByOrFail({ name: 'Financieren vanuit de bedoeling' })
    ).id;
    // partner@ and partner2@ of the Oude IJsselstreek bouwteam are members of the group in the demo data.
  });
  afterAll(async () => {
    await context.test.close();
  });

  const meeting = (plannedDate: string) => ({
    methodId: context.incident.id,
    plannedDate,
    inbrengerId: context.partner.personId,
    facilitatorId: coordinator.personId,
    noteTakerId: context.partner2.personId,
    participantIds: [context.partner2.personId],
  });

  it("lists the group's members as candidates for its coordinator; 404 for outsiders, 403 for a member", async () => {
    const url = `/api/v1/learning-groups/${group}/session-candidates`;
    const response = await coordinator.request({ method: 'GET', url });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const { items } = SessionCandidateListSchema.parse(response.json());
    const byId = new Map(items.map((item) => [item.person.id, item]));
    expect(byId.get(coordinator.personId)).toMatchObject({ roles: ['coordinator'], mayFacilitate: true });
    expect(byId.has(context.partner.personId)).toBe(true);
    expect(byId.has(context.facilitator.personId)).toBe(false);
    problemOf(await context.outsider.request({ method: 'GET', url }), 404);
    problemOf(await context.facilitator.request({ method: 'GET', url }), 404);
    problemOf(await context.partner.request({ method: 'GET', url }), 403);
  });

  it('is planned by the coordinator with members only, without cases; others are refused without a trace', async () => {
    const refused = await plan(coordinator, { ...meeting('2099-06-01'), inbrengerId: context.outsider.personId });
    expect(problemOf(refused, 422).invalidParams?.map((param) => param.name)).toEqual(['body.inbrengerId']);
    const withCases = await plan(coordinator, { ...meeting('2099-06-01'), caseIds: [] });
    expect(problemOf(withCases, 400).invalidParams?.[0]?.name).toMatch(/^body/);
    problemOf(await plan(context.partner, meeting('2099-06-01')), 403);
    problemOf(await plan(context.outsider, meeting('2099-06-01')), 404);
    problemOf(await plan(context.facilitator, meeting('2099-06-01')), 404);
    const list = await coordinator.request({ method: 'GET', url: `${base}?learningGroupId=${group}` });
    // The demo's past meeting aside, nothing was planned.
    const planned = IntervisionSessionPageSchema.parse(list.json()).items.filter((item) => item.plannedDate >= '2099');
    expect(planned).toEqual([]);
  });

  it('runs as a bouwteam session does: private inputs revealed, notes, an action carried to the next meeting', async () => {
    const created = await plan(coordinator, meeting('2099-06-10'));
    expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
    const session = IntervisionSessionSchema.parse(created.json());
    expect(session.context).toEqual({ type: 'learning-group', id: group, name: 'Financieren vanuit de bedoeling' });
    expect(session.buildingTeam).toBeNull();
    expect(session.cases).toEqual([]);

    const command = async (name: string) => {
      const response = await context.command(coordinator, session.id, name);
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
      return IntervisionSessionSchema.parse(response.json());
    };
    let now = await command('start');
    // Go to the first private-then-reveal phase.
    while (now.currentPhase?.inputMode !== 'private-then-reveal') now = await command('advance');
    expect((await context.post(context.partner2, session.id, 'Financiering volgt de productie.')).statusCode).toBe(201);
    expect(await context.inputsSeenBy(coordinator, session.id)).toEqual([]);
    await command('reveal');
    expect(await context.inputsSeenBy(coordinator, session.id)).toEqual(['Financiering volgt de productie.']);

    const note = await context.partner2.request({
      method: 'POST',
      url: `${base}/${session.id}/notes`,
      payload: { text: 'De groep wil een bekostiging per huishouden verkennen.' },
    });
    expect(note.statusCode, note.body).toBe(201);
    const action = await coordinator.request({
      method: 'POST',
      url: `${base}/${session.id}/actions`,
      payload: {
        what: 'Voorbeeld van een regio-budget opzoeken.',
        ownerId: context.partner.personId,
        dueDate: '2099-07-01',
      },
    });
    expect(action.statusCode, action.body).toBe(201);
    const outsiderOwner = await coordinator.request({
      method: 'POST',
      url: `${base}/${session.id}/actions`,
      payload: { what: 'Iets.', ownerId: context.outsider.personId, dueDate: '2099-07-01' },
    });
    expect(problemOf(outsiderOwner, 422).invalidParams?.map((param) => param.name)).toEqual(['body.ownerId']);
    await command('end');

    // The next meeting shows the open action; members read the session, a bouwteam partner outside the group gets 404.
    const next = IntervisionSessionSchema.parse((await plan(coordinator, meeting('2099-08-01'))).json());
    expect(next.previousOpenActions.map((open) => open.what)).toEqual(['Voorbeeld van een regio-budget opzoeken.']);
    const asMember = await context.partner.request({ method: 'GET', url: `${base}/${session.id}` });
    expect(IntervisionSessionSchema.parse(asMember.json()).actions).toHaveLength(1);
    problemOf(await context.outsider.request({ method: 'GET', url: `${base}/${session.id}` }), 404);
    problemOf(await context.facilitator.request({ method: 'GET', url: `${base}/${session.id}/notes` }), 404);

    const list = await context.partner.request({ method: 'GET', url: `${base}?learningGroupId=${group}` });
    const page = IntervisionSessionPageSchema.parse(list.json());
    const planned = page.items.map((item) => item.plannedDate).filter((date) => date >= '2099');
    expect(planned).toEqual(['2099-08-01', '2099-06-10']);
    const outsiderList = await context.outsider.request({ method: 'GET', url: `${base}?learningGroupId=${group}` });
    expect(IntervisionSessionPageSchema.parse(outsiderList.json()).items).toEqual([]);
  });
});
