import {
  AgreementPageSchema,
  AgreementVersionListSchema,
  ConsentRoundSchema,
  type AgreementVersion,
  type ConsentRound,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { AgreementRoundEvents } from './agreement-round-events.js';

describe('following a consent round live', () => {
  let test: TestApp;
  let partner: TestSession;
  let partner2: TestSession;
  let agreementId: string;
  let versions: AgreementVersion[];
  const byNumber = (number: string) => versions.find((version) => version.number === number)!;
  const versionUrl = (number: string) => `/api/v1/agreements/${agreementId}/versions/${byNumber(number).id}`;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    partner = await test.signIn('partner@leerkring.test');
    partner2 = await test.signIn('partner2@leerkring.test');
    const team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    const page = AgreementPageSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements?buildingTeamId=${team}` })).json(),
    );
    agreementId = page.items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!.id;
    versions = AgreementVersionListSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions` })).json(),
    ).items;
  });
  afterAll(async () => {
    await test.close();
  });

  let address: string;
  beforeAll(async () => {
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    address = (await test.app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  const open = async (session: TestSession, url: string, signal: AbortSignal) => {
    const response = await fetch(`${address}${url}`, { headers: { cookie: session.headers.cookie! }, signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async (): Promise<{ type: string; data: ConsentRound }> => {
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
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    return { response, nextEvent };
  };

  it('sends the round at once and again after a stance is given, read for the listener', async () => {
    const controller = new AbortController();
    try {
      const { response, nextEvent } = await open(partner, `${versionUrl('0.4')}/consent-events`, controller.signal);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const snapshot = await nextEvent();
      expect(snapshot.type).toBe('round');
      expect(snapshot.data).toMatchObject({
        versionId: byNumber('0.4').id,
        round: 1,
        open: true,
        tally: { consent: 20, object: 2, standAside: 4, none: 0 },
      });

      // partner2's organisation withdraws its objection.
      const given = await partner2.request({
        method: 'POST',
        url: `${versionUrl('0.4')}/consents`,
        payload: { stance: 'consent' },
      });
      expect(given.statusCode, given.body).toBe(201);
      const update = await nextEvent();
      expect(update.type).toBe('round');
      expect(update.data.tally).toMatchObject({ consent: 21, object: 1, standAside: 4, none: 0 });
      expect(update.data.items.at(-1)).toMatchObject({
        organisation: { name: 'Jeugdhulp Oost Achterhoek' },
        stance: 'consent',
        current: true,
      });
    } finally {
      controller.abort();
    }
    await expect.poll(() => test.app.get(AgreementRoundEvents).listenerCount(byNumber('0.4').id)).toBe(0);
  });

  it('answers the round of a version in force once and ends the stream, since it can no longer change', async () => {
    const controller = new AbortController();
    try {
      const { nextEvent } = await open(partner2, `${versionUrl('0.3')}/consent-events`, controller.signal);
      expect(await nextEvent()).toMatchObject({
        type: 'round',
        data: { versionId: byNumber('0.3').id, open: false },
      });
      await expect(nextEvent()).rejects.toThrow('stream ended');
    } finally {
      controller.abort();
    }
    expect(test.app.get(AgreementRoundEvents).listenerCount(byNumber('0.3').id)).toBe(0);
  });

  it('ends open streams when the server shuts down', async () => {
    const events = test.app.get(AgreementRoundEvents);
    const controller = new AbortController();
    try {
      const { nextEvent } = await open(partner, `${versionUrl('0.4')}/consent-events`, controller.signal);
      await nextEvent();
      events.beforeApplicationShutdown();
      await expect(nextEvent()).rejects.toThrow('stream ended');
      expect(events.listenerCount(byNumber('0.4').id)).toBe(0);
    } finally {
      controller.abort();
    }
  });

  it('stops listening when the client goes away', async () => {
    const events = test.app.get(AgreementRoundEvents);
    const controller = new AbortController();
    const { nextEvent } = await open(partner, `${versionUrl('0.4')}/consent-events`, controller.signal);
    await nextEvent();
    expect(events.listenerCount(byNumber('0.4').id)).toBe(1);
    controller.abort();
    await expect.poll(() => events.listenerCount(byNumber('0.4').id)).toBe(0);
  });
});
