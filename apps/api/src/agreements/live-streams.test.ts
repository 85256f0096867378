import {
  AgreementPageSchema,
  AgreementVersionListSchema,
  ConsentRoundSchema,
  ProblemSchema,
  type AgreementVersion,
  type ConsentRound,
} from '@leerkring/domain';
import type { Logger } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { LiveFollowers } from '../auth/live-followers.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { IntervisionMethodEntity } from '../intervision/intervision-method.entity.js';
import { SessionEvents } from '../intervision/session-events.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { AgreementRoundEvents } from './agreement-round-events.js';

/** One live stream read over a real port: its answer, the next event, and whether it ended. */
interface Followed {
  response: Response;
  nextEvent(): Promise<{ type: string; data: ConsentRound }>;
  /** Resolves true when the server ends the stream within `milliseconds`, false when it is still open then. */
  ended(milliseconds?: number): Promise<boolean>;
  abort(): void;
}

describe('live streams: limits, rights checked afresh, one read per change', () => {
  let test: TestApp;
  let address: string;
  let admin: TestSession;
  let partner: TestSession;
  let partner2: TestSession;
  let agreementId: string;
  let versions: AgreementVersion[];
  let teamId: string;
  const opened: Followed[] = [];
  const versionUrl = (number: string) =>
    `/api/v1/agreements/${agreementId}/versions/${versions.find((version) => version.number === number)!.id}`;
  const version04 = () => versions.find((version) => version.number === '0.4')!.id;

  const follow = async (session: TestSession, url: string): Promise<Followed> => {
    const controller = new AbortController();
    const response = await fetch(`${address}${url}`, {
      headers: { cookie: session.headers.cookie! },
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let done = false;
    let pending: Promise<void> | null = null;
    const pull = () =>
      (pending ??= reader.read().then(
        (chunk) => {
          pending = null;
          if (chunk.done) done = true;
          else buffer += decoder.decode(chunk.value, { stream: true });
        },
        () => {
          pending = null;
          done = true;
        },
      ));
    const followed: Followed = {
      response,
      async nextEvent() {
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.startsWith(':')) continue;
            return {
              type: /^event: (.*)$/m.exec(block)![1]!,
              data: ConsentRoundSchema.parse(JSON.parse(/^data: (.*)$/m.exec(block)![1]!)),
            };
          }
          if (done) throw new Error('stream ended');
          await pull();
        }
      },
      async ended(milliseconds = 3000) {
        const until = Date.now() + milliseconds;
        while (!done && Date.now() < until)
          await Promise.race([pull(), new Promise((resolve) => setTimeout(resolve, until - Date.now()))]);
        return done;
      },
      abort: () => controller.abort(),
    };
    opened.push(followed);
    return followed;
  };

  const closeAll = async () => {
    for (const followed of opened.splice(0)) followed.abort();
    await expect.poll(() => test.app.get(LiveFollowers).size).toBe(0);
  };

  const stance = (who: TestSession, value: 'consent' | 'object' | 'stand-aside', reason?: string) =>
    who.request({
      method: 'POST',
      url: `${versionUrl('0.4')}/consents`,
      payload: { stance: value, ...(reason ? { reason } : {}) },
    });

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    address = (await test.app.getUrl()).replace('[::1]', '127.0.0.1');
    admin = await test.signIn('beheerder@leerkring.test');
    partner = await test.signIn('partner@leerkring.test');
    partner2 = await test.signIn('partner2@leerkring.test');
    teamId = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    const page = AgreementPageSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements?buildingTeamId=${teamId}` })).json(),
    );
    agreementId = page.items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!.id;
    versions = AgreementVersionListSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions` })).json(),
    ).items;
  });
  afterAll(async () => {
    for (const followed of opened) followed.abort();
    await test.close();
  });

  it('lets one sign-in follow 3 consent rounds at once and answers the 4th 429 (problem+json, Retry-After); another kind and another sign-in still may', async () => {
    for (let index = 0; index < 3; index++)
      expect((await follow(partner, `${versionUrl('0.4')}/consent-events`)).response.status).toBe(200);
    const refused = await fetch(`${address}${versionUrl('0.4')}/consent-events`, {
      headers: { cookie: partner.headers.cookie! },
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ProblemSchema.parse(await refused.json()).code).toBe('AUTH_TOO_MANY_STREAMS');
    expect(test.app.get(AgreementRoundEvents).listenerCount(version04())).toBe(3);

    const facilitator = await test.signIn('facilitator@leerkring.test');
    const incident = await test.dataSource.getRepository(IntervisionMethodEntity).findOneByOrFail({ code: 'incident' });
    const planned = await facilitator.request({
      method: 'POST',
      url: '/api/v1/intervision-sessions',
      payload: {
        buildingTeamId: teamId,
        methodId: incident.id,
        plannedDate: '2031-01-01',
        inbrengerId: partner.personId,
        facilitatorId: facilitator.personId,
        noteTakerId: partner2.personId,
        participantIds: [],
      },
    });
    expect(planned.statusCode, planned.body).toBe(201);
    expect((await follow(partner, `/api/v1/intervision-sessions/${planned.json().id}/events`)).response.status).toBe(
      200,
    );
    const otherSignIn = await test.signIn('partner@leerkring.test');
    expect((await follow(otherSignIn, `${versionUrl('0.4')}/consent-events`)).response.status).toBe(200);
    await closeAll();
  });

  it('answers 429 beyond 10 streams of one person over all sign-ins', async () => {
    const sessions = await Promise.all([1, 2, 3, 4].map(() => test.signIn('partner2@leerkring.test')));
    for (let index = 0; index < 10; index++)
      expect(
        (await follow(sessions[Math.floor(index / 3)]!, `${versionUrl('0.4')}/consent-events`)).response.status,
      ).toBe(200);
    expect((await follow(sessions[3]!, `${versionUrl('0.4')}/consent-events`)).response.status).toBe(429);
    await closeAll();
  });

  it('reads a round once for 50 followers when a stance is given, sends it to each, and logs one read per follower', async () => {
    const people = ['partner', 'partner2', 'facilitator', 'manager', 'ervaringsdeskundige'];
    // 4 sign-ins of each of 5 people, 10 streams of each person (3, 3, 3 and 1 per sign-in: within the caps).
    const sessions = await Promise.all(
      people.flatMap((name) => [1, 2, 3, 4].map(() => test.signIn(`${name}@leerkring.test`))),
    );
    const followers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        follow(
          sessions[Math.floor(index / 10) * 4 + Math.floor((index % 10) / 3)]!,
          `${versionUrl('0.4')}/consent-events`,
        ),
      ),
    );
    expect(followers.map((followed) => followed.response.status)).toEqual(followers.map(() => 200));
    for (const followed of followers) expect((await followed.nextEvent()).type).toBe('round');
    const events = test.app.get(AgreementRoundEvents);
    expect(events.listenerCount(version04())).toBe(50);

    const log = test.dataSource.getRepository(AccessLogEntryEntity);
    const logged = () => log.countBy({ event: 'read', recordType: 'agreement-consent', recordId: version04() });
    const [readsBefore, logBefore] = [events.reads, await logged()];
    // Every statement sent to the database from the stance until all 50 have their round.
    const statements: string[] = [];
    const logger = test.dataSource.logger;
    (test.dataSource as { logger: Logger }).logger = {
      ...logger,
      logQuery: (query: string) => void statements.push(query),
    } as Logger;
    try {
      expect((await stance(partner2, 'object', 'Eerst de inspraak van de jongeren afwachten.')).statusCode).toBe(201);
      for (const followed of followers) {
        const update = await followed.nextEvent();
        expect(update.data.items.at(-1)).toMatchObject({
          stance: 'object',
          reason: 'Eerst de inspraak van de jongeren afwachten.',
        });
      }
      // A case list meanwhile answers as usual.
      expect((await partner.request({ method: 'GET', url: `/api/v1/cases?buildingTeamId=${teamId}` })).statusCode).toBe(
        200,
      );
    } finally {
      (test.dataSource as { logger: Logger }).logger = logger;
    }
    expect(events.reads - readsBefore).toBe(1);
    expect((await logged()) - logBefore).toBe(50);
    // Not 50 re-reads: apart from the 50 access-log rows, a small fixed number of reads (stance, one round, the rights of the 5 people).
    const selects = statements.filter((query) => /^\s*SELECT/i.test(query));
    expect(selects.length).toBeLessThan(40);
    await closeAll();
  }, 120_000);

  it('ends the stream at sign-out', async () => {
    const session = await test.signIn('facilitator@leerkring.test');
    const followed = await follow(session, `${versionUrl('0.4')}/consent-events`);
    await followed.nextEvent();
    expect((await session.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect(await followed.ended()).toBe(true);
    await closeAll();
  });

  it('ends the stream of a person who is deactivated', async () => {
    const expert = await test.signIn('ervaringsdeskundige@leerkring.test');
    const followed = await follow(expert, `${versionUrl('0.4')}/consent-events`);
    await followed.nextEvent();
    const deactivated = await admin.request({
      method: 'PATCH',
      url: `/api/v1/people/${expert.personId}`,
      payload: { active: false },
    });
    expect(deactivated.statusCode).toBe(200);
    expect(await followed.ended()).toBe(true);
    await closeAll();
  });

  it('ends the stream of a partner removed from the bouwteam: nothing of the round reaches them after the removal', async () => {
    const other = await test.signIn('partner2@leerkring.test');
    const consent = await follow(other, `${versionUrl('0.4')}/consent-events`);
    await consent.nextEvent();
    const stayer = await follow(partner, `${versionUrl('0.4')}/consent-events`);
    await stayer.nextEvent();
    const session = (
      await partner.request({ method: 'GET', url: `/api/v1/intervision-sessions?buildingTeamId=${teamId}` })
    ).json().items[0];
    const live = await follow(other, `/api/v1/intervision-sessions/${session.id}/events`);
    expect(live.response.status).toBe(200);

    const memberships = (
      await admin.request({ method: 'GET', url: `/api/v1/memberships?personId=${other.personId}&contextId=${teamId}` })
    ).json().items as Array<{ id: string }>;
    expect(memberships.length).toBeGreaterThan(0);
    for (const membership of memberships)
      expect((await admin.request({ method: 'DELETE', url: `/api/v1/memberships/${membership.id}` })).statusCode).toBe(
        204,
      );
    expect(await consent.ended()).toBe(true);
    expect(await live.ended()).toBe(true);
    expect(test.app.get(SessionEvents).listenerCount(session.id)).toBe(0);

    expect((await stance(partner, 'object', 'Nog een bezwaar met tekst die alleen leden lezen.')).statusCode).toBe(201);
    expect((await stayer.nextEvent()).data.items.at(-1)).toMatchObject({
      reason: 'Nog een bezwaar met tekst die alleen leden lezen.',
    });
    await expect(consent.nextEvent()).rejects.toThrow('stream ended');
    await closeAll();
  });

  it('ends the stream at the idle timeout of the session, at the latest', async () => {
    const manager = await test.signIn('manager@leerkring.test');
    const followed = await follow(manager, `${versionUrl('0.4')}/consent-events`);
    await followed.nextEvent();
    test.clock.advance(30 * 60 * 1000 + 1000);
    // The next change finds the stream past its time: it ends without the round (every session idled out, so sign in again).
    expect((await stance(await test.signIn('partner@leerkring.test'), 'consent')).statusCode).toBe(201);
    expect(await followed.ended()).toBe(true);
    await expect(followed.nextEvent()).rejects.toThrow('stream ended');
    await closeAll();
  });
});
