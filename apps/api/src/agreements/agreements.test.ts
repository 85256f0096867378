import {
  AgreementDiffSchema,
  AgreementPageSchema,
  AgreementSchema,
  AgreementVersionHistorySchema,
  ClauseSourcePageSchema,
  AgreementVersionListSchema,
  AgreementVersionSchema,
  ConsentRoundSchema,
  ProblemSchema,
  type AgreementVersion,
} from '@leerkring/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { AgreementEntity } from './agreement.entity.js';

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
    expect(due.items.map((item) => item.id)).toEqual([agreementId]);
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

  it("decides story 3's round by the agreement's rule: 20 of 26 consent, 2 object with reasons, 4 stand aside; 0.4 becomes the beta in force", async () => {
    const proposed = byNumber('0.4');
    const consents = `${base()}/${proposed.id}/consents`;
    const round = ConsentRoundSchema.parse((await partner.request({ method: 'GET', url: consents })).json());
    // Qualified majority of 2/3: 18 of 26 must consent; the objections are heard (recorded with reasons) but do not block.
    expect(round.tally).toEqual({
      total: 26,
      consent: 20,
      object: 2,
      standAside: 4,
      none: 0,
      consentNeeded: 18,
      decided: true,
      blockedBy: null,
    });
    expect(round.items.filter((item) => item.stance === 'object').every((item) => (item.reason ?? '').length > 0)).toBe(
      true,
    );

    // Under a rule where an open objection blocks, the same stances decide nothing and the version cannot be put in force.
    const agreements = test.dataSource.getRepository(AgreementEntity);
    await agreements.update({ id: agreementId }, { decisionRule: { kind: 'no-objection-and-share', share: 2 / 3 } });
    const strict = ConsentRoundSchema.parse((await partner.request({ method: 'GET', url: consents })).json());
    expect(strict.tally).toMatchObject({ consent: 20, object: 2, decided: false, blockedBy: 'open-objections' });
    const blocked = await facilitator.request({
      method: 'POST',
      url: `${base()}/${proposed.id}/in-force`,
      payload: { as: 'beta', reviewDate: '2027-06-01' },
    });
    expect(blocked.statusCode).toBe(409);
    expect(ProblemSchema.parse(blocked.json()).code).toBe('AGREEMENT_NOT_DECIDED');

    // An objection needs a reason; the objector withdraws it by changing the stance, and may change it again.
    expect((await partner2.request({ method: 'POST', url: consents, payload: { stance: 'object' } })).statusCode).toBe(
      400,
    );
    const changed = await partner2.request({ method: 'POST', url: consents, payload: { stance: 'consent' } });
    expect(changed.statusCode, changed.body).toBe(201);
    expect(ConsentRoundSchema.parse(changed.json()).tally).toMatchObject({ consent: 21, object: 1, decided: false });
    const back = await partner2.request({
      method: 'POST',
      url: consents,
      payload: { stance: 'object', reason: 'Binnen een week een casusregisseur kiezen lukt niet in de zomermaanden.' },
    });
    expect(ConsentRoundSchema.parse(back.json()).tally).toMatchObject({ consent: 20, object: 2 });
    expect(ConsentRoundSchema.parse(back.json()).items).toHaveLength(28);
    await agreements.update({ id: agreementId }, { decisionRule: { kind: 'qualified-majority', share: 2 / 3 } });

    // A partner may not put it in force; a facilitator may, and the beta in force is superseded in the same transaction.
    expect(
      (
        await partner.request({
          method: 'POST',
          url: `${base()}/${proposed.id}/in-force`,
          payload: { as: 'beta', reviewDate: '2027-06-01' },
        })
      ).statusCode,
    ).toBe(403);
    const inForce = await facilitator.request({
      method: 'POST',
      url: `${base()}/${proposed.id}/in-force`,
      payload: { as: 'beta', reviewDate: '2027-06-01' },
    });
    expect(inForce.statusCode, inForce.body).toBe(200);
    expect(AgreementVersionSchema.parse(inForce.json())).toMatchObject({ status: 'beta', reviewDate: '2027-06-01' });
    versions = AgreementVersionListSchema.parse((await partner.request({ method: 'GET', url: base() })).json()).items;
    expect(versions.map((version) => `${version.number}:${version.status}`)).toEqual([
      '0.4:beta',
      '0.3:superseded',
      '0.2:superseded',
      '0.1:superseded',
    ]);
    expect(byNumber('0.3').validUntil).toBe(byNumber('0.4').validFrom);
    // The round is closed; its result stays readable.
    const late = await partner.request({ method: 'POST', url: consents, payload: { stance: 'stand-aside' } });
    expect(late.statusCode).toBe(409);
    expect(ProblemSchema.parse(late.json()).code).toBe('AGREEMENT_ROUND_CLOSED');
    expect(ConsentRoundSchema.parse((await partner.request({ method: 'GET', url: consents })).json())).toMatchObject({
      open: false,
      tally: { consent: 20, object: 2, standAside: 4 },
    });
  });

  it('edits a concept only with the ETag last read: a stale update gets 412 with the current state, and nothing is overwritten', async () => {
    const created = await partner.request({ method: 'POST', url: base(), payload: { changelog: 'Volgende ronde.' } });
    expect(created.statusCode, created.body).toBe(201);
    const concept = AgreementVersionSchema.parse(created.json());
    expect(created.headers.location).toBe(`${base()}/${concept.id}`);
    expect(concept).toMatchObject({
      number: '0.5',
      status: 'concept',
      revision: 1,
      basedOnVersionId: byNumber('0.4').id,
      clauses: byNumber('0.4').clauses,
    });
    // One concept at a time.
    expect((await partner2.request({ method: 'POST', url: base(), payload: {} })).statusCode).toBe(409);

    const read = await partner.request({ method: 'GET', url: `${base()}/${concept.id}` });
    expect(read.headers.etag).toBe('"1"');
    const url = `${base()}/${concept.id}`;
    const clauses = [
      ...concept.clauses,
      { id: 'nieuw', title: 'Nieuw', text: 'We delen lessen binnen een week met alle partners.' },
    ];
    // Without If-Match: 428 (the precondition is required); a malformed one: 400.
    const unconditional = await partner.request({ method: 'PATCH', url, payload: { clauses } });
    expect(unconditional.statusCode).toBe(428);
    expect(ProblemSchema.parse(unconditional.json())).toMatchObject({
      code: 'AGREEMENT_PRECONDITION_REQUIRED',
      invalidParams: [{ name: 'header.If-Match' }],
    });
    expect(
      (await partner.request({ method: 'PATCH', url, headers: { 'if-match': 'morgen' }, payload: { clauses } }))
        .statusCode,
    ).toBe(400);
    const first = await partner.request({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { clauses } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await partner2.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { changelog: 'Mijn versie.' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.headers.etag).toBe('"2"');
    const problem = stale.json() as { code: string; current: AgreementVersion };
    expect(problem.code).toBe('AGREEMENT_STALE_REVISION');
    expect(AgreementVersionSchema.parse(problem.current)).toMatchObject({
      revision: 2,
      changelog: 'Volgende ronde.',
      clauses,
    });

    const named = await partner.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"2"' },
      payload: { clauses: [{ id: 'x', title: 'X', text: 'Mevrouw De Vries belt elke week.' }] },
    });
    expect(named.statusCode).toBe(422);
    expect(ProblemSchema.parse(named.json()).invalidParams?.[0]).toMatchObject({
      name: 'body.clauses.0.text',
      kind: 'name',
    });
    const adopted = await partner.request({
      method: 'PATCH',
      url: `${base()}/${byNumber('0.4').id}`,
      headers: { 'if-match': `"${byNumber('0.4').revision}"` },
      payload: { changelog: 'Later.' },
    });
    expect(adopted.statusCode).toBe(409);

    // Propose, take back, propose again: a new consent round each time.
    const proposed = await partner.request({
      method: 'POST',
      url: `${url}/status-changes`,
      payload: { status: 'proposed' },
    });
    expect(AgreementVersionSchema.parse(proposed.json())).toMatchObject({
      status: 'proposed',
      consentRound: 1,
      revision: 3,
    });
    expect(
      (await partner.request({ method: 'POST', url: `${url}/consents`, payload: { stance: 'consent' } })).statusCode,
    ).toBe(201);
    await partner.request({ method: 'POST', url: `${url}/status-changes`, payload: { status: 'concept' } });
    const again = await partner.request({
      method: 'POST',
      url: `${url}/status-changes`,
      payload: { status: 'proposed' },
    });
    expect(AgreementVersionSchema.parse(again.json()).consentRound).toBe(2);
    const round = ConsentRoundSchema.parse((await partner.request({ method: 'GET', url: `${url}/consents` })).json());
    expect(round).toMatchObject({ round: 2, open: true, tally: { consent: 0, none: 26 } });
    expect(round.items).toMatchObject([{ round: 1, current: false }]);
    expect(
      (await partner.request({ method: 'POST', url: `${url}/status-changes`, payload: { status: 'proposed' } }))
        .statusCode,
    ).toBe(409);

    // The history: who changed what and when, with the clauses an edit touched.
    const history = AgreementVersionHistorySchema.parse(
      (await partner2.request({ method: 'GET', url: `${url}/history` })).json(),
    );
    expect(history.items.map((change) => [change.revision, change.kind, change.status, change.changedBy.id])).toEqual([
      [1, 'created', 'concept', partner.personId],
      [2, 'edited', 'concept', partner.personId],
      [3, 'status', 'proposed', partner.personId],
      [4, 'status', 'concept', partner.personId],
      [5, 'status', 'proposed', partner.personId],
    ]);
    expect(history.items[1]).toMatchObject({ fields: ['clauses'], clauseIds: ['nieuw'] });
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
    const lesson = await test.dataSource
      .getRepository(LessonEntity)
      .findOneByOrFail({ buildingTeamId: team, theme: 'transitions' });
    const transition = byNumber('0.3').clauses.find((clause) => clause.id === 'overgang-18')!;
    expect(transition.lessonIds).toEqual([lesson.id]);
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

  it('starts an agreement with its own decision rule, refuses identifiers, and logs reads and changes', async () => {
    const created = await facilitator.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: {
        context: { type: 'building-team', id: team },
        title: 'Afspraken met de huisartsen',
        decisionRule: { kind: 'unanimity-of-participants' },
        clauses: [{ id: 'a', title: 'A', text: 'We overleggen maandelijks.' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const agreement = AgreementSchema.parse(created.json());
    expect(agreement).toMatchObject({
      decisionRule: { kind: 'unanimity-of-participants' },
      versionInForce: null,
      latestVersion: { number: '0.1', status: 'concept' },
    });
    expect(created.headers.location).toBe(`/api/v1/agreements/${agreement.id}`);
    const named = await facilitator.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: { context: { type: 'building-team', id: team }, title: 'Bel 06-12345678 bij spoed' },
    });
    expect(named.statusCode).toBe(422);
    const log = await test.dataSource.getRepository(AccessLogEntryEntity).findBy({ recordId: agreement.id });
    expect(log.map((entry) => entry.event)).toContain('create');
    expect(
      await test.dataSource
        .getRepository(AccessLogEntryEntity)
        .countBy({ recordType: 'agreement-version', event: 'update' }),
    ).toBeGreaterThan(0);
    expect(
      await test.dataSource
        .getRepository(AccessLogEntryEntity)
        .countBy({ recordType: 'agreement-consent', event: 'read' }),
    ).toBeGreaterThan(0);
    expect(await test.dataSource.getRepository(OrganisationEntity).count()).toBeGreaterThan(26);
  });
});
