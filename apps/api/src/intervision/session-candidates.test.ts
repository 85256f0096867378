import { SessionCandidateListSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf, startSessionsTest, type SessionsTest } from '../testing/intervision-sessions.js';

describe("choosing a session's people", () => {
  let context: SessionsTest;
  const url = () => `/api/v1/building-teams/${context.team}/session-candidates`;

  beforeAll(async () => {
    context = await startSessionsTest();
  });
  afterAll(async () => {
    await context.test.close();
  });

  it('lists the active members of the bouwteam by name, with their organisation and who may guide a session', async () => {
    const response = await context.partner.request({ method: 'GET', url: url() });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const { items } = SessionCandidateListSchema.parse(response.json());
    const names = items.map((item) => item.person.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    const byId = new Map(items.map((item) => [item.person.id, item]));
    expect(byId.get(context.partner.personId)).toMatchObject({ roles: ['partner'], mayFacilitate: true });
    expect(byId.get(context.facilitator.personId)?.mayFacilitate).toBe(true);
    expect(byId.get(context.manager.personId)).toMatchObject({ roles: ['manager'], mayFacilitate: false });
    expect(byId.has(context.outsider.personId)).toBe(false);
    expect(new Set(items.map((item) => item.person.id)).size).toBe(items.length);
  });

  it('is a 404 for another bouwteam, a 403 for a member who does not plan, and a 400 for a bad id', async () => {
    problemOf(await context.outsider.request({ method: 'GET', url: url() }), 404);
    problemOf(await context.manager.request({ method: 'GET', url: url() }), 403);
    problemOf(
      await context.partner.request({ method: 'GET', url: '/api/v1/building-teams/nope/session-candidates' }),
      400,
    );
  });

  it('plans with people chosen from the list, and refuses a non-member with 422 naming the field', async () => {
    const planned = await context.plan('2099-05-01', { facilitatorId: context.partner2.personId });
    expect(planned.facilitator.id).toBe(context.partner2.personId);
    const refused = await context.facilitator.request({
      method: 'POST',
      url: '/api/v1/intervision-sessions',
      payload: {
        buildingTeamId: context.team,
        methodId: context.incident.id,
        plannedDate: '2099-05-02',
        inbrengerId: context.outsider.personId,
        facilitatorId: context.facilitator.personId,
        noteTakerId: context.partner.personId,
      },
    });
    const problem = problemOf(refused, 422);
    expect(problem.invalidParams?.map((param) => param.name)).toEqual(['body.inbrengerId']);
  });
});
