import { randomUUID } from 'node:crypto';
import type { IntervisionSession, SessionEvent } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { problemOf, startSessionsTest, type SessionsTest } from '../testing/intervision-sessions.js';
import type { TestApp, TestSession } from '../testing/test-app.js';
import { SessionEvents } from './session-events.js';

const base = '/api/v1/intervision-sessions';

describe('intervision sessions: the phase flow, other bouwteams, live updates', () => {
  let test: TestApp;
  let partner: TestSession;
  let partner2: TestSession;
  let facilitator: TestSession;
  let manager: TestSession;
  let expert: TestSession;
  let outsider: TestSession;
  let plan: SessionsTest['plan'];
  let command: SessionsTest['command'];
  let run: SessionsTest['run'];
  let post: SessionsTest['post'];

  beforeAll(async () => {
    ({ test, partner, partner2, facilitator, manager, expert, outsider, plan, command, run, post } =
      await startSessionsTest());
  });
  afterAll(async () => {
    await test.close();
  });

  describe('the phase flow', () => {
    let session: IntervisionSession;
    beforeAll(async () => {
      session = await plan('2030-08-01');
    });

    it('is moved only by the session’s facilitator; participants and the inbrenger get 403', async () => {
      // The seconds spent are checked exactly: time moves only when the test moves it, however slowly the machine runs.
      test.clock.stop();
      onTestFinished(() => test.clock.resume());
      for (const who of [partner, partner2]) {
        const refused = problemOf(await command(who, session.id, 'start'), 403);
        expect(refused.invalidParams?.[0]).toMatchObject({ name: 'body.command', code: 'only-facilitator' });
      }
      problemOf(await command(manager, session.id, 'start'), 403);
      problemOf(await command(expert, session.id, 'start'), 403);
      const notRunning = problemOf(await command(facilitator, session.id, 'advance'), 409);
      expect(notRunning.invalidParams?.[0]?.code).toBe('not-running');

      const started = await run(session.id, 'start');
      expect(started.status).toBe('running');
      expect(started.currentPhase).toMatchObject({
        index: 0,
        key: 'choose-incident',
        timing: { timeboxSeconds: 300, overtimeSeconds: 0 },
      });
      expect(problemOf(await command(facilitator, session.id, 'back'), 409).invalidParams?.[0]?.code).toBe(
        'no-previous-phase',
      );
      expect(problemOf(await command(facilitator, session.id, 'start'), 409).invalidParams?.[0]?.code).toBe(
        'not-planned',
      );
      expect(problemOf(await command(facilitator, session.id, 'reveal'), 409).invalidParams?.[0]?.code).toBe(
        'nothing-to-reveal',
      );

      test.clock.advance(6 * 60_000);
      const overtime = (
        await partner.request({ method: 'GET', url: `${base}/${session.id}` })
      ).json() as IntervisionSession;
      expect(overtime.currentPhase?.timing.spentSeconds).toBe(360);
      expect(overtime.currentPhase?.timing.overtimeSeconds).toBe(60);
      expect(overtime.myRoles).toEqual(['inbrenger']);

      const advanced = await run(session.id, 'advance', 'advance', 'back');
      expect(advanced.currentPhase?.key).toBe('sketch-situation');
      expect(advanced.phases[2]!.timing.spentSeconds).toBe(0);
      const last = await run(session.id, ...Array(8).fill('advance'));
      expect(last.currentPhase?.key).toBe('evaluation');
      expect(problemOf(await command(facilitator, session.id, 'advance'), 409).invalidParams?.[0]?.code).toBe(
        'no-next-phase',
      );
      const ended = await run(session.id, 'end');
      expect(ended).toMatchObject({ status: 'ended', currentPhase: null, currentPhaseIndex: null });
      expect(ended.endedAt).not.toBeNull();
    });
  });

  it('answers 404 to a partner of another bouwteam on every session route', async () => {
    const session = await plan('2030-11-01');
    await run(session.id, 'start');
    const created = await facilitator.request({
      method: 'POST',
      url: `${base}/${session.id}/actions`,
      payload: { what: 'Iets.', dueDate: '2030-12-01' },
    });
    const requests = [
      { method: 'GET', url: `${base}/${session.id}` },
      { method: 'POST', url: `${base}/${session.id}/commands`, payload: { command: 'advance' } },
      { method: 'GET', url: `${base}/${session.id}/events` },
      { method: 'GET', url: `${base}/${session.id}/inputs` },
      { method: 'POST', url: `${base}/${session.id}/inputs`, payload: { text: 'Hallo.' } },
      { method: 'GET', url: `${base}/${session.id}/notes` },
      { method: 'POST', url: `${base}/${session.id}/notes`, payload: { text: 'Hallo.' } },
      { method: 'POST', url: `${base}/${session.id}/actions`, payload: { what: 'Iets.', dueDate: '2030-12-01' } },
      { method: 'PATCH', url: `/api/v1/intervision-actions/${created.json().id}`, payload: { status: 'done' } },
    ] as const;
    for (const request of requests) {
      const response = await outsider.request(request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
      expect(response.body).not.toContain('Oude IJsselstreek');
    }
    problemOf(await outsider.request({ method: 'GET', url: `${base}/${randomUUID()}` }), 404);
  });

  describe('live updates', () => {
    it('pushes a phase change and a reveal to a listener as server-sent events', async () => {
      const session = await plan('2030-12-01');
      await test.app.listen({ port: 0, host: '127.0.0.1' });
      const address = (await test.app.getUrl()).replace('[::1]', '127.0.0.1');
      const controller = new AbortController();
      try {
        const response = await fetch(`${address}${base}/${session.id}/events`, {
          headers: { cookie: expert.headers.cookie! },
          signal: controller.signal,
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
        expect(response.headers.get('cache-control')).toBe('no-cache');
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        const nextEvent = async (): Promise<{ type: string; data: SessionEvent }> => {
          for (;;) {
            const end = buffer.indexOf('\n\n');
            if (end >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              if (block.startsWith(':')) continue;
              const type = /^event: (.*)$/m.exec(block)![1]!;
              return { type, data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) as SessionEvent };
            }
            const { value, done } = await reader.read();
            if (done) throw new Error('stream ended');
            buffer += decoder.decode(value, { stream: true });
          }
        };
        const snapshot = await nextEvent();
        expect(snapshot).toMatchObject({
          type: 'snapshot',
          data: { sessionId: session.id, status: 'planned', currentPhaseIndex: null },
        });

        await run(session.id, 'start');
        expect(await nextEvent()).toMatchObject({
          type: 'progress',
          data: { status: 'running', currentPhaseIndex: 0 },
        });
        await run(session.id, 'advance', 'advance');
        await nextEvent();
        expect(await nextEvent()).toMatchObject({
          type: 'progress',
          data: { currentPhaseIndex: 2, revealedPhases: [] },
        });
        await post(partner2, session.id, 'Een vraag.');
        expect(await nextEvent()).toMatchObject({ type: 'input', data: { inputCounts: expect.arrayContaining([1]) } });
        await run(session.id, 'reveal');
        expect(await nextEvent()).toMatchObject({ type: 'progress', data: { revealedPhases: [2] } });
        await run(session.id, 'end');
        expect(await nextEvent()).toMatchObject({ type: 'progress', data: { status: 'ended' } });
        // The stream of an ended session closes.
        await expect(nextEvent()).rejects.toThrow('stream ended');
      } finally {
        controller.abort();
      }
    });

    it('stops listening when the client goes away', async () => {
      const session = await plan('2030-12-02');
      await test.app.listen({ port: 0, host: '127.0.0.1' }).catch(() => undefined);
      const address = (await test.app.getUrl()).replace('[::1]', '127.0.0.1');
      const events = test.app.get(SessionEvents);
      const controller = new AbortController();
      const response = await fetch(`${address}${base}/${session.id}/events`, {
        headers: { cookie: partner.headers.cookie! },
        signal: controller.signal,
      });
      const reader = response.body!.getReader();
      await reader.read();
      expect(events.listenerCount(session.id)).toBe(1);
      controller.abort();
      await expect.poll(() => events.listenerCount(session.id)).toBe(0);
    });
  });
});
