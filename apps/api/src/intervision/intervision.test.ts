import { randomUUID } from 'node:crypto';
import {
  ProblemSchema,
  standardMethods,
  type IntervisionSession,
  type SessionEvent,
  type SessionText,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { IntervisionMethodEntity } from './intervision-method.entity.js';
import { SessionEvents } from './session-events.js';
import { IntervisionInputEntity, IntervisionNoteEntity } from './session-text.entity.js';

const base = '/api/v1/intervision-sessions';
type Response = Awaited<ReturnType<TestSession['request']>>;

const problemOf = (response: Response, status: number) => {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return ProblemSchema.parse(response.json());
};

describe('intervision methods outside demo mode', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(async () => {
    await test.close();
  });

  it('exist after start-up on an empty database, once', async () => {
    const methods = await test.dataSource.getRepository(IntervisionMethodEntity).find({ order: { code: 'ASC' } });
    expect(methods.map((method) => method.code)).toEqual(standardMethods.map((method) => method.code).sort());
    expect(methods.find((method) => method.code === 'incident')!.phases).toEqual(standardMethods[0]!.phases);
  });
});

describe('intervision sessions', () => {
  let test: TestApp;
  let partner: TestSession;
  let partner2: TestSession;
  let facilitator: TestSession;
  let manager: TestSession;
  let expert: TestSession;
  let outsider: TestSession;
  let admin: TestSession;
  let team: string;
  let incident: IntervisionMethodEntity;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const signIn = (name: string) => test.signIn(`${name}@leerkring.test`);
    [partner, partner2, facilitator, manager, expert, outsider, admin] = [
      await signIn('partner'),
      await signIn('partner2'),
      await signIn('facilitator'),
      await signIn('manager'),
      await signIn('ervaringsdeskundige'),
      await signIn('buiten'),
      await signIn('beheerder'),
    ];
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    incident = await test.dataSource.getRepository(IntervisionMethodEntity).findOneByOrFail({ code: 'incident' });
  });
  afterAll(async () => {
    await test.close();
  });

  /** Inbrenger partner@, facilitator facilitator@, note-taker partner2@, participants partner2@, manager@ and the experience expert. */
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

  describe('methods', () => {
    it('lists the six standard methods to anyone signed in', async () => {
      const response = await expert.request({ method: 'GET', url: '/api/v1/intervision-methods' });
      expect(response.statusCode).toBe(200);
      expect(
        response
          .json()
          .items.map((method: { code: string }) => method.code)
          .sort(),
      ).toEqual(standardMethods.map((method) => method.code).sort());
    });

    it('lets the admin add and change a method; a session keeps the phases it was planned with', async () => {
      const created = await admin.request({
        method: 'POST',
        url: '/api/v1/intervision-methods',
        payload: {
          code: 'korte-ronde',
          name: { nl: 'Korte ronde', en: 'Short round' },
          description: { nl: 'Twee fasen.', en: 'Two phases.' },
          phases: [
            {
              key: 'vraag',
              name: { nl: 'Vraag', en: 'Question' },
              prompt: { nl: 'Wat is je vraag?', en: 'Your question?' },
              timeboxMinutes: 5,
              inputMode: 'open',
            },
            {
              key: 'advies',
              name: { nl: 'Advies', en: 'Advice' },
              prompt: { nl: 'Advies?', en: 'Advice?' },
              timeboxMinutes: 10,
              inputMode: 'inbrenger-listens',
            },
          ],
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const method = created.json();
      const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...again } = method;
      expect(
        problemOf(await admin.request({ method: 'POST', url: '/api/v1/intervision-methods', payload: again }), 409)
          .code,
      ).toBe('INTERVISION_METHOD_CODE_TAKEN');
      problemOf(
        await partner.request({
          method: 'PATCH',
          url: `/api/v1/intervision-methods/${method.id}`,
          payload: { name: { nl: 'X', en: 'X' } },
        }),
        403,
      );

      const session = await plan('2030-06-01', { methodId: method.id });
      expect(session.phases.map((phase) => phase.key)).toEqual(['vraag', 'advies']);
      const changed = await admin.request({
        method: 'PATCH',
        url: `/api/v1/intervision-methods/${method.id}`,
        payload: {
          phases: [
            {
              key: 'alles',
              name: { nl: 'Alles', en: 'All' },
              prompt: { nl: 'Alles?', en: 'All?' },
              timeboxMinutes: 30,
              inputMode: 'open',
            },
          ],
        },
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().phases).toHaveLength(1);
      const planned = await facilitator.request({ method: 'GET', url: `${base}/${session.id}` });
      expect(planned.json().phases.map((phase: { key: string }) => phase.key)).toEqual(['vraag', 'advies']);
    });
  });

  describe('planning', () => {
    it('refuses roles for people outside the bouwteam, cases of another bouwteam, and a facilitator without a partner or facilitator role', async () => {
      const body = {
        buildingTeamId: team,
        methodId: incident.id,
        plannedDate: '2030-07-01',
        inbrengerId: partner.personId,
        facilitatorId: facilitator.personId,
        noteTakerId: partner2.personId,
      };
      const stranger = problemOf(
        await facilitator.request({
          method: 'POST',
          url: base,
          payload: { ...body, participantIds: [outsider.personId] },
        }),
        422,
      );
      expect(stranger.invalidParams?.[0]?.name).toBe('body.participantIds');
      const otherCase = (
        await test.dataSource
          .getRepository(CaseEntity)
          .findOneByOrFail({ title: 'Huishouden met veertien betrokken professionals' })
      ).id;
      const cases = problemOf(
        await facilitator.request({ method: 'POST', url: base, payload: { ...body, caseIds: [otherCase] } }),
        422,
      );
      expect(cases.invalidParams?.[0]?.name).toBe('body.caseIds');
      const expertLeads = problemOf(
        await facilitator.request({ method: 'POST', url: base, payload: { ...body, facilitatorId: expert.personId } }),
        422,
      );
      expect(expertLeads.invalidParams?.[0]?.name).toBe('body.facilitatorId');
      problemOf(await manager.request({ method: 'POST', url: base, payload: body }), 403);
      problemOf(await outsider.request({ method: 'POST', url: base, payload: body }), 404);
    });

    it('lists sessions scoped to the caller’s bouwteams, filtered by status', async () => {
      const planned = await partner.request({ method: 'GET', url: `${base}?buildingTeamId=${team}&status=planned` });
      expect(planned.statusCode).toBe(200);
      expect(planned.json().items.length).toBeGreaterThan(0);
      expect(planned.json().items.every((session: { status: string }) => session.status === 'planned')).toBe(true);
      const elsewhere = await outsider.request({ method: 'GET', url: base });
      expect(
        elsewhere.json().items.every((session: { buildingTeam: { id: string } }) => session.buildingTeam.id !== team),
      ).toBe(true);
    });
  });

  describe('the demo', () => {
    it('has an ended incident session with phase notes and two open actions, shown first in the planned next session', async () => {
      const list = await partner.request({ method: 'GET', url: `${base}?buildingTeamId=${team}&pageSize=100` });
      const ended = list.json().items.find((session: { status: string }) => session.status === 'ended');
      expect(ended.method.code).toBe('incident');
      const notes = await partner.request({ method: 'GET', url: `${base}/${ended.id}/notes` });
      expect(notes.json().items.length).toBeGreaterThan(3);
      const next = list
        .json()
        .items.find(
          (session: { status: string; plannedDate: string }) =>
            session.status === 'planned' && session.plannedDate < '2030-01-01',
        );
      const view = (await partner2.request({ method: 'GET', url: `${base}/${next.id}` })).json() as IntervisionSession;
      expect(Object.keys(view)[0]).toBe('id');
      expect(view.previousOpenActions).toHaveLength(2);
      expect(
        view.previousOpenActions.every((action) => action.sessionId === ended.id && action.status === 'open'),
      ).toBe(true);
    });
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

  describe('inputs', () => {
    let session: IntervisionSession;
    beforeAll(async () => {
      session = await plan('2030-09-01');
      await run(session.id, 'start', 'advance', 'advance');
    });

    it('in a private-then-reveal phase: nobody — the facilitator included — sees the inputs of others before the reveal; everyone after', async () => {
      const texts = {
        partner: 'Wie had de regie in het laatste jaar?',
        partner2: 'Wat zei de school over het afhaken?',
        facilitator: 'Welke afspraken bestonden er al?',
        expert: 'Wat wilde de jongere zelf?',
      };
      for (const [who, text] of [
        [partner, texts.partner],
        [partner2, texts.partner2],
        [facilitator, texts.facilitator],
        [expert, texts.expert],
      ] as const) {
        const response = await post(who, session.id, text);
        expect(response.statusCode, response.body).toBe(201);
        expect(response.json()).toMatchObject({ phase: 2, text, author: { id: who.personId } });
      }
      expect(await inputsSeenBy(partner, session.id)).toEqual([texts.partner]);
      expect(await inputsSeenBy(partner2, session.id)).toEqual([texts.partner2]);
      expect(await inputsSeenBy(facilitator, session.id)).toEqual([texts.facilitator]);
      expect(await inputsSeenBy(expert, session.id)).toEqual([texts.expert]);
      expect(await inputsSeenBy(manager, session.id)).toEqual([]);
      // Not even in the session's view or its counts per author.
      const view = (await facilitator.request({ method: 'GET', url: `${base}/${session.id}` })).body;
      expect(view).not.toContain(texts.partner);
      expect((JSON.parse(view) as IntervisionSession).phases[2]).toMatchObject({ inputCount: 4, revealed: false });

      const revealed = await run(session.id, 'reveal');
      expect(revealed.currentPhase?.revealed).toBe(true);
      const all = Object.values(texts).sort();
      for (const who of [partner, partner2, facilitator, expert, manager])
        expect(await inputsSeenBy(who, session.id)).toEqual(all);
      expect(problemOf(await post(manager, session.id, 'Te laat.'), 409).invalidParams?.[0]?.code).toBe(
        'already-revealed',
      );
      expect(problemOf(await command(facilitator, session.id, 'reveal'), 409).invalidParams?.[0]?.code).toBe(
        'already-revealed',
      );
    });

    it('in an inbrenger-listens phase the inbrenger’s post is refused; others post', async () => {
      const analyse = await run(session.id, 'advance', 'advance');
      expect(analyse.currentPhase?.inputMode).toBe('inbrenger-listens');
      const refused = problemOf(await post(partner, session.id, 'Ik wil iets zeggen.'), 403);
      expect(refused.invalidParams?.[0]).toMatchObject({ name: 'body.text', code: 'inbrenger-listens' });
      expect((await post(partner2, session.id, 'De overgang is niet belegd.')).statusCode).toBe(201);
    });

    it('refuses a text holding an identifier with 422 naming field, kind and offsets, and stores nothing', async () => {
      const before = await test.dataSource.getRepository(IntervisionInputEntity).count();
      const text = 'Het BSN was 111222333, dat stond in het dossier.';
      const problem = problemOf(await post(partner2, session.id, text), 422);
      expect(problem.code).toBe('INTERVISION_IDENTIFIER_FOUND');
      const param = problem.invalidParams?.find((candidate) => candidate.kind === 'bsn');
      expect(param).toMatchObject({ name: 'body.text', code: 'identifier' });
      expect(text.slice(param!.start!, param!.end!)).toBe('111222333');
      expect(await test.dataSource.getRepository(IntervisionInputEntity).count()).toBe(before);
    });

    it('refuses people without a role in the session', async () => {
      const other = await plan('2030-09-02', { participantIds: [partner2.personId] });
      await run(other.id, 'start');
      expect(problemOf(await post(expert, other.id, 'Mag ik?'), 403).invalidParams?.[0]?.code).toBe(
        'not-a-participant',
      );
    });

    it('writes every read and change of inputs and notes to the access log', async () => {
      const log = test.dataSource.getRepository(AccessLogEntryEntity);
      const before = await log.countBy({ recordType: 'intervision-input', personId: manager.personId });
      await inputsSeenBy(manager, session.id);
      expect(await log.countBy({ recordType: 'intervision-input', personId: manager.personId, event: 'read' })).toBe(
        before + 1,
      );
      const created = await post(expert, session.id, 'Een vraag over de overgang.');
      expect(await log.countBy({ recordType: 'intervision-input', recordId: created.json().id, event: 'create' })).toBe(
        1,
      );
      await partner.request({ method: 'GET', url: `${base}/${session.id}/notes` });
      expect(
        await log.countBy({
          recordType: 'intervision-note',
          personId: partner.personId,
          event: 'read',
          recordId: session.id,
        }),
      ).toBe(1);
    });
  });

  describe('notes and actions', () => {
    it('lets only the note-taker note the current phase, under the privacy guard', async () => {
      const session = await plan('2030-10-01');
      expect(
        problemOf(
          await partner2.request({
            method: 'POST',
            url: `${base}/${session.id}/notes`,
            payload: { text: 'Te vroeg.' },
          }),
          409,
        ).invalidParams?.[0]?.code,
      ).toBe('not-running');
      await run(session.id, 'start', 'advance');
      expect(
        problemOf(
          await facilitator.request({
            method: 'POST',
            url: `${base}/${session.id}/notes`,
            payload: { text: 'Niet van mij.' },
          }),
          403,
        ).invalidParams?.[0]?.code,
      ).toBe('only-note-taker');
      const note = await partner2.request({
        method: 'POST',
        url: `${base}/${session.id}/notes`,
        payload: { text: 'De situatie is kort geschetst.' },
      });
      expect(note.statusCode, note.body).toBe(201);
      expect(note.json()).toMatchObject({ phase: 1, author: { id: partner2.personId } });
      const before = await test.dataSource.getRepository(IntervisionNoteEntity).count();
      const refused = problemOf(
        await partner2.request({
          method: 'POST',
          url: `${base}/${session.id}/notes`,
          payload: { text: 'Bel 06-12345678 voor meer.' },
        }),
        422,
      );
      expect(refused.invalidParams?.[0]).toMatchObject({ name: 'body.text', kind: 'phone' });
      expect(await test.dataSource.getRepository(IntervisionNoteEntity).count()).toBe(before);
      const notes = await manager.request({ method: 'GET', url: `${base}/${session.id}/notes` });
      expect(notes.json().items.map((item: SessionText) => item.text)).toEqual(['De situatie is kort geschetst.']);
    });

    it('carries the open actions of a session to the start of the next one', async () => {
      const first = await plan('2031-01-10');
      await run(first.id, 'start');
      const action = (payload: Record<string, unknown>, who = facilitator) =>
        who.request({ method: 'POST', url: `${base}/${first.id}/actions`, payload });
      problemOf(await action({ what: 'Iets doen.', dueDate: '2031-02-01' }, partner), 403);
      const refused = problemOf(
        await action({ what: 'Mail naar info@voorbeeld.nl sturen.', dueDate: '2031-02-01' }),
        422,
      );
      expect(refused.invalidParams?.[0]).toMatchObject({ name: 'body.what', kind: 'email' });
      problemOf(await action({ what: 'Iets doen.', dueDate: '2031-02-01', ownerId: outsider.personId }), 422);
      const protocol = await action({
        what: 'Overgangsprotocol opstellen.',
        ownerId: partner.personId,
        dueDate: '2031-02-01',
      });
      expect(protocol.statusCode, protocol.body).toBe(201);
      const ask = await action({ what: 'Navragen bij de gemeente.', dueDate: '2031-02-01' }, partner2);
      expect(ask.statusCode).toBe(201);
      const done = await action({ what: 'Verslag rondsturen.', dueDate: '2031-01-15' });
      await run(first.id, 'end');

      problemOf(
        await expert.request({
          method: 'PATCH',
          url: `/api/v1/intervision-actions/${done.json().id}`,
          payload: { status: 'done' },
        }),
        403,
      );
      const marked = await partner.request({
        method: 'PATCH',
        url: `/api/v1/intervision-actions/${done.json().id}`,
        payload: { status: 'done' },
      });
      expect(marked.statusCode, marked.body).toBe(200);
      expect(marked.json().status).toBe('done');
      const carried = await partner.request({
        method: 'PATCH',
        url: `/api/v1/intervision-actions/${ask.json().id}`,
        payload: { status: 'carried-on' },
      });
      expect(carried.json().status).toBe('carried-on');

      const next = await plan('2031-02-10');
      expect(next.previousOpenActions.map((item) => item.what).sort()).toEqual([
        'Navragen bij de gemeente.',
        'Overgangsprotocol opstellen.',
      ]);
      const inFirstPhase = await run(next.id, 'start');
      expect(inFirstPhase.previousOpenActions).toHaveLength(2);
      const later = await run(next.id, 'advance');
      expect(later.previousOpenActions).toEqual([]);
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
