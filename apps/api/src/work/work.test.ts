import { WorkListSchema, type WorkList } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSessionsTest, type SessionsTest } from '../testing/intervision-sessions.js';
import type { TestSession } from '../testing/test-app.js';

const workOf = async (who: TestSession): Promise<WorkList> => {
  const response = await who.request({ method: 'GET', url: '/api/v1/me/work' });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return WorkListSchema.parse(response.json());
};

describe('the work list ("Voor jou")', () => {
  let context: SessionsTest;
  let agreementId: string;
  let versionId: string;
  let sessionId: string;
  let runningId: string;
  let actionId: string;

  beforeAll(async () => {
    context = await startSessionsTest();
    const { partner, team } = context;
    // A session far ahead, with partner@ as inbrenger; an action for partner@ in it.
    const session = await context.plan('2099-03-01');
    sessionId = session.id;
    // Actions are agreed during a session: one that runs now.
    const running = await context.plan('2026-01-05');
    runningId = running.id;
    await context.run(runningId, 'start');
    const action = await context.facilitator.request({
      method: 'POST',
      url: `/api/v1/intervision-sessions/${runningId}/actions`,
      payload: { what: 'De werkwijze bij de wijkteams navragen', ownerId: partner.personId, dueDate: '2099-03-15' },
    });
    expect(action.statusCode, action.body).toBe(201);
    actionId = action.json().id;
    // A new agreement of the bouwteam, proposed: every partner organisation owes a stance.
    const created = await partner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: {
        context: { type: 'building-team', id: team },
        title: 'Afspraken over de werklijst',
        clauses: [{ id: 'a1', title: 'Werklijst', text: 'Wat wacht, staat op de startpagina.' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    agreementId = created.json().id;
    versionId = created.json().latestVersion.id;
  });
  afterAll(async () => {
    await context.test.close();
  });

  it('shows a partner their coming session with their role, their open action and the concept they may edit', async () => {
    const work = await workOf(context.partner);
    const session = work.sessions.find((item) => item.id === sessionId);
    expect(session).toMatchObject({ status: 'planned', plannedDate: '2099-03-01', myRoles: ['inbrenger'] });
    expect(session!.buildingTeam.name).toBe('Bouwteam Jeugd en Wmo Oude IJsselstreek');
    expect(work.actions.find((item) => item.id === actionId)).toMatchObject({
      what: 'De werkwijze bij de wijkteams navragen',
      mine: true,
      status: 'open',
      dueDate: '2099-03-15',
      sessionId: runningId,
    });
    // A running session comes first, whatever its date.
    expect(work.sessions[0]).toMatchObject({ id: runningId, status: 'running' });
    expect(work.drafts.find((item) => item.version.id === versionId)).toMatchObject({
      agreement: { id: agreementId, name: 'Afspraken over de werklijst' },
      context: { type: 'building-team', id: context.team },
      version: { number: '0.1', status: 'concept' },
    });
    expect(work.consentsOwed.some((item) => item.version.id === versionId)).toBe(false);
  });

  it('lists a proposal under the stances owed until the organisation has given one; then it is gone', async () => {
    const { partner, facilitator } = context;
    const proposed = await partner.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/versions/${versionId}/status-changes`,
      payload: { status: 'proposed' },
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const before = await workOf(partner);
    expect(before.consentsOwed.find((item) => item.version.id === versionId)).toMatchObject({
      version: { number: '0.1', status: 'proposed' },
    });
    expect(before.drafts.some((item) => item.version.id === versionId)).toBe(false);
    // A facilitator gives no stances: nothing is owed by them.
    expect((await workOf(facilitator)).consentsOwed.some((item) => item.version.id === versionId)).toBe(false);

    const given = await partner.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/versions/${versionId}/consents`,
      payload: { stance: 'consent' },
    });
    expect(given.statusCode, given.body).toBe(201);
    expect((await workOf(partner)).consentsOwed.some((item) => item.version.id === versionId)).toBe(false);
  });

  it('drops an action once it is done', async () => {
    const done = await context.facilitator.request({
      method: 'PATCH',
      url: `/api/v1/intervision-actions/${actionId}`,
      payload: { status: 'done' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await workOf(context.partner)).actions.some((item) => item.id === actionId)).toBe(false);
  });

  it("shows another bouwteam's partner and the administrator none of it", async () => {
    for (const who of [context.outsider, context.admin]) {
      const work = await workOf(who);
      expect(work.sessions.some((item) => [sessionId, runningId].includes(item.id))).toBe(false);
      expect(work.actions.some((item) => item.id === actionId)).toBe(false);
      expect(
        [...work.consentsOwed, ...work.drafts, ...work.reviewsDue].some((item) => item.agreement.id === agreementId),
      ).toBe(false);
    }
    expect(await workOf(context.admin)).toEqual({
      sessions: [],
      actions: [],
      consentsOwed: [],
      reviewsDue: [],
      drafts: [],
    });
  });

  it('refuses a visitor who is not signed in', async () => {
    const response = await context.test.app.inject({ method: 'GET', url: '/api/v1/me/work' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
