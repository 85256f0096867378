import { ProblemSchema, type IntervisionSession, type SessionText } from '@leerkring/domain';
import { expect } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { IntervisionMethodEntity } from '../intervision/intervision-method.entity.js';
import { startTestApp, type TestApp, type TestSession } from './test-app.js';

const base = '/api/v1/intervision-sessions';
export type Response = Awaited<ReturnType<TestSession['request']>>;

/** The response is a problem with this status; its body, parsed. */
export const problemOf = (response: Response, status: number) => {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return ProblemSchema.parse(response.json());
};

/** The demo app with the people of the intervision tests signed in, and the steps those tests repeat. */
export interface SessionsTest {
  test: TestApp;
  partner: TestSession;
  partner2: TestSession;
  facilitator: TestSession;
  manager: TestSession;
  expert: TestSession;
  outsider: TestSession;
  admin: TestSession;
  team: string;
  incident: IntervisionMethodEntity;
  /** Inbrenger partner@, facilitator facilitator@, note-taker partner2@, participants partner2@, manager@ and the experience expert. */
  plan(plannedDate: string, extra?: Record<string, unknown>): Promise<IntervisionSession>;
  command(who: TestSession, sessionId: string, name: string): Promise<Response>;
  /** The facilitator gives these commands in turn, each answered 200; the last answer. */
  run(sessionId: string, ...names: string[]): Promise<IntervisionSession>;
  post(who: TestSession, sessionId: string, text: string): Promise<Response>;
  inputsSeenBy(who: TestSession, sessionId: string): Promise<string[]>;
}

export async function startSessionsTest(): Promise<SessionsTest> {
  const test = await startTestApp({ demo: true });
  const signIn = (name: string) => test.signIn(`${name}@leerkring.test`);
  const [partner, partner2, facilitator, manager, expert, outsider, admin] = [
    await signIn('partner'),
    await signIn('partner2'),
    await signIn('facilitator'),
    await signIn('manager'),
    await signIn('ervaringsdeskundige'),
    await signIn('buiten'),
    await signIn('beheerder'),
  ];
  const team = (
    await test.dataSource
      .getRepository(BuildingTeamEntity)
      .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
  ).id;
  const incident = await test.dataSource.getRepository(IntervisionMethodEntity).findOneByOrFail({ code: 'incident' });

  const plan = async (plannedDate: string, extra: Record<string, unknown> = {}): Promise<IntervisionSession> => {
    const response = await facilitator.request({
      method: 'POST',
      url: base,
      payload: {
        buildingTeamId: team,
        methodId: incident.id,
        plannedDate,
        inbrengerId: partner.personId,
        facilitatorId: facilitator.personId,
        noteTakerId: partner2.personId,
        participantIds: [partner2.personId, manager.personId, expert.personId],
        ...extra,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.location).toBe(`${base}/${response.json().id}`);
    return response.json();
  };
  const command = (who: TestSession, sessionId: string, name: string) =>
    who.request({ method: 'POST', url: `${base}/${sessionId}/commands`, payload: { command: name } });
  const run = async (sessionId: string, ...names: string[]) => {
    let last: Response | undefined;
    for (const name of names) {
      last = await command(facilitator, sessionId, name);
      expect(last.statusCode, `${name}: ${last.body}`).toBe(200);
    }
    return last!.json() as IntervisionSession;
  };
  const post = (who: TestSession, sessionId: string, text: string) =>
    who.request({ method: 'POST', url: `${base}/${sessionId}/inputs`, payload: { text } });
  const inputsSeenBy = async (who: TestSession, sessionId: string) => {
    const response = await who.request({ method: 'GET', url: `${base}/${sessionId}/inputs` });
    expect(response.statusCode).toBe(200);
    return (response.json().items as SessionText[]).map((input) => input.text).sort();
  };
  return {
    test,
    partner,
    partner2,
    facilitator,
    manager,
    expert,
    outsider,
    admin,
    team,
    incident,
    plan,
    command,
    run,
    post,
    inputsSeenBy,
  };
}
