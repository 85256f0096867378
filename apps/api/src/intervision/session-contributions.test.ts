import type { IntervisionSession, SessionText } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { problemOf, startSessionsTest, type SessionsTest } from '../testing/intervision-sessions.js';
import type { TestApp, TestSession } from '../testing/test-app.js';
import { IntervisionInputEntity, IntervisionNoteEntity } from './session-text.entity.js';

const base = '/api/v1/intervision-sessions';

describe('intervision sessions: inputs, notes and actions', () => {
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
  let inputsSeenBy: SessionsTest['inputsSeenBy'];

  beforeAll(async () => {
    ({ test, partner, partner2, facilitator, manager, expert, outsider, plan, command, run, post, inputsSeenBy } =
      await startSessionsTest());
  });
  afterAll(async () => {
    await test.close();
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
      // A second input of the same person counts as an input, not as another writer ("4 hebben geschreven").
      expect((await post(partner, session.id, 'En wie sprak met de huisarts?')).statusCode).toBe(201);
      const counted = (
        await facilitator.request({ method: 'GET', url: `${base}/${session.id}` })
      ).json<IntervisionSession>();
      expect(counted.phases[2]).toMatchObject({ inputCount: 5, writerCount: 4 });

      const revealed = await run(session.id, 'reveal');
      expect(revealed.currentPhase?.revealed).toBe(true);
      const all = [...Object.values(texts), 'En wie sprak met de huisarts?'].sort();
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
});
