import {
  AgreementDiffSchema,
  AgreementPageSchema,
  AgreementSchema,
  ClauseSourcePageSchema,
  AgreementVersionListSchema,
  AgreementVersionSchema,
  ProblemSchema,
  type AgreementVersion,
} from '@leerkring/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

describe('bètaversie agreements', () => {
  let test: TestApp;
  let partner: TestSession;
  let partner2: TestSession;
  let facilitator: TestSession;
  let team: string;
  let agreementId: string;
  let versions: AgreementVersion[];
  const byNumber = (number: string) => versions.find((version) => version.number === number)!;
  const base = () => `/api/v1/agreements/${agreementId}/versions`;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    partner = await test.signIn('partner@leerkring.test');
    partner2 = await test.signIn('partner2@leerkring.test');
    facilitator = await test.signIn('facilitator@leerkring.test');
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    const page = AgreementPageSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements?buildingTeamId=${team}` })).json(),
    );
    agreementId = page.items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!.id;
    versions = AgreementVersionListSchema.parse((await partner.request({ method: 'GET', url: base() })).json()).items;
  });
  afterAll(async () => {
    await test.close();
  });

  it('has the demo agreement in 0.1–0.4: 0.3 in force as beta with a review date within 30 days, 0.4 proposed', async () => {
    expect(versions.map((version) => `${version.number}:${version.status}`)).toEqual([
      '0.4:proposed',
      '0.3:beta',
      '0.2:superseded',
      '0.1:superseded',
    ]);
    const agreement = AgreementSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}` })).json(),
    );
    expect(agreement.versionInForce).toMatchObject({ number: '0.3', status: 'beta' });
    const daysToReview = (Date.parse(agreement.versionInForce!.reviewDate!) - Date.now()) / (24 * 3600 * 1000);
    expect(daysToReview).toBeGreaterThan(0);
    expect(daysToReview).toBeLessThanOrEqual(30);
    expect(agreement.decisionRule).toEqual({ kind: 'qualified-majority', share: 2 / 3 });
    expect(agreement.context).toEqual({
      type: 'building-team',
      id: team,
      name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek',
    });
    // Due for review within 30 days (for the bouwteam home), not within 7.
    const due = AgreementPageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/agreements?reviewDueWithinDays=30' })).json(),
    );
    // (partner@ also represents Achterhoek in the learning group, whose talking document is due too.)
    expect(due.items.filter((item) => item.context.type === 'building-team').map((item) => item.id)).toEqual([
      agreementId,
    ]);
    const soon = AgreementPageSchema.parse(
      (await partner.request({ method: 'GET', url: '/api/v1/agreements?reviewDueWithinDays=7' })).json(),
    );
    expect(soon.items).toEqual([]);
    expect(
      (await partner.request({ method: 'GET', url: '/api/v1/agreements?reviewDueWithinDays=-1' })).statusCode,
    ).toBe(400);
  });

  it('logs each version a list of versions returned, so its author sees the exposure', async () => {
    const log = test.dataSource.getRepository(AccessLogEntryEntity);
    const before = await log.count();
    const listed = AgreementVersionListSchema.parse(
      (await facilitator.request({ method: 'GET', url: base() })).json(),
    ).items;
    const written = (await log.find({ order: { seq: 'ASC' } })).slice(before);
    expect(written.map((entry) => [entry.event, entry.recordType, entry.personId])).toEqual(
      listed.map(() => ['search', 'agreement-version', facilitator.personId]),
    );
    expect(written.map((entry) => entry.recordId).sort()).toEqual(listed.map((version) => version.id).sort());
    expect(written.every((entry) => entry.recordOwnerId)).toBe(true);
  });

  it('compares 0.4 with 0.3 clause by clause, with word-level changes', async () => {
    const response = await partner.request({
      method: 'GET',
      url: `${base()}/${byNumber('0.4').id}/diff?against=${byNumber('0.3').id}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const diff = AgreementDiffSchema.parse(response.json());
    expect(diff).toMatchObject({ from: { number: '0.3' }, to: { number: '0.4' } });
    expect(Object.fromEntries(diff.clauses.map((clause) => [clause.clauseId, clause.change]))).toEqual({
      'inwoner-aan-tafel': 'moved',
      terugbellen: 'unchanged',
      casusregie: 'changed',
      'overgang-18': 'unchanged',
      ontschotten: 'added',
      evaluatie: 'unchanged',
    });
    const changed = diff.clauses.find((clause) => clause.clauseId === 'casusregie')!;
    expect(changed.parts.filter((part) => part.kind === 'delete').map((part) => part.text.trim())).toContain('drie');
    expect(changed.parts.filter((part) => part.kind === 'insert').map((part) => part.text.trim())).toContain('twee');
    const otherAgreement = await partner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: { context: { type: 'building-team', id: team }, title: 'Een ander stuk' },
    });
    const foreignVersion = AgreementSchema.parse(otherAgreement.json()).latestVersion.id;
    expect(
      (await partner.request({ method: 'GET', url: `${base()}/${byNumber('0.4').id}/diff?against=${foreignVersion}` }))
        .statusCode,
    ).toBe(404);
  });

  it('lets exactly one of 50 concurrent updates based on the same revision win; the 49 others get 412 and the text is the winner’s', async () => {
    const created = await partner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: {
        context: { type: 'building-team', id: team },
        title: 'Gelijktijdig bewerken',
        clauses: [{ id: 'een', title: 'Eén', text: 'Begintekst.' }],
      },
    });
    const agreement = AgreementSchema.parse(created.json());
    const url = `/api/v1/agreements/${agreement.id}/versions/${agreement.latestVersion.id}`;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        (index % 2 === 0 ? partner : partner2).request({
          method: 'PATCH',
          url,
          headers: { 'if-match': '"1"' },
          payload: {
            clauses: [{ id: 'een', title: 'Eén', text: `Tekst van schrijver ${index}.` }],
            changelog: `Schrijver ${index}`,
          },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(49);
    const winner = AgreementVersionSchema.parse(responses.find((response) => response.statusCode === 200)!.json());
    const stored = AgreementVersionSchema.parse((await partner.request({ method: 'GET', url })).json());
    expect(stored.revision).toBe(2);
    expect(stored.clauses).toEqual(winner.clauses);
    expect(stored.changelog).toBe(winner.changelog);
    expect(stored.clauses[0]!.text).toBe(`Tekst van schrijver ${winner.changelog.replace('Schrijver ', '')}.`);
  });

  it('follows the leerlijn both ways: a clause names its lessons, a lesson or case finds its clauses', async () => {
    const transition = byNumber('0.3').clauses.find((clause) => clause.id === 'overgang-18')!;
    expect(transition.lessonIds).toHaveLength(1);
    const lesson = await test.dataSource
      .getRepository(LessonEntity)
      .findOneByOrFail({ id: transition.lessonIds[0]!, buildingTeamId: team, theme: 'transitions' });
    const byLesson = ClauseSourcePageSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreement-clauses?lessonId=${lesson.id}` })).json(),
    );
    expect(byLesson.items.map((item) => `${item.version.number}:${item.clauseId}`)).toEqual(
      expect.arrayContaining(['0.4:overgang-18', '0.3:overgang-18']),
    );
    const caseId = lesson.caseIds[0]!;
    const byCase = ClauseSourcePageSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreement-clauses?caseId=${caseId}` })).json(),
    );
    expect(byCase.items.map((item) => item.clauseId)).toContain('overgang-18');
    expect((await partner.request({ method: 'GET', url: '/api/v1/agreement-clauses' })).statusCode).toBe(400);
    const outsider = await test.signIn('buiten@leerkring.test');
    expect(
      ClauseSourcePageSchema.parse(
        (await outsider.request({ method: 'GET', url: `/api/v1/agreement-clauses?lessonId=${lesson.id}` })).json(),
      ).items,
    ).toEqual([]);
    // A clause can only name lessons of its own bouwteam.
    const foreign = await partner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: {
        context: { type: 'building-team', id: team },
        title: 'Met een vreemde les',
        clauses: [{ id: 'a', title: 'A', text: 'Tekst.', lessonIds: [randomUUID()] }],
      },
    });
    expect(foreign.statusCode).toBe(422);
    expect(ProblemSchema.parse(foreign.json()).invalidParams?.[0]?.name).toBe('body.clauses.0.lessonIds.0');
  });

  it('keeps others out: another municipality gets 404, a manager reads but does not write, a facilitator gives no stance', async () => {
    const outsider = await test.signIn('buiten@leerkring.test');
    expect(
      AgreementPageSchema.parse((await outsider.request({ method: 'GET', url: '/api/v1/agreements' })).json()).items,
    ).toEqual([]);
    expect((await outsider.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}` })).statusCode).toBe(404);
    expect((await outsider.request({ method: 'GET', url: base() })).statusCode).toBe(404);
    const coordinator = await test.signIn('coordinator@leerkring.test');
    expect((await coordinator.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}` })).statusCode).toBe(
      404,
    );
    const manager = await test.signIn('manager@leerkring.test');
    expect((await manager.request({ method: 'GET', url: `${base()}/${byNumber('0.4').id}` })).statusCode).toBe(200);
    expect((await manager.request({ method: 'POST', url: base(), payload: {} })).statusCode).toBe(403);
    expect(
      (
        await facilitator.request({
          method: 'POST',
          url: `${base()}/${byNumber('0.4').id}/consents`,
          payload: { stance: 'consent' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await (await test.signIn('beheerder@leerkring.test')).request({ method: 'GET', url: '/api/v1/agreements' }))
        .statusCode,
    ).toBe(403);
  });
});
