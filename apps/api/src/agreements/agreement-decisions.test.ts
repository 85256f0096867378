import {
  AgreementPageSchema,
  AgreementSchema,
  AgreementVersionHistorySchema,
  AgreementVersionListSchema,
  AgreementVersionSchema,
  ConsentRoundSchema,
  ProblemSchema,
  type AgreementVersion,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { AgreementEntity } from './agreement.entity.js';

/** In order: a round decided and put in force, then the next concept edited under its ETag, then a new agreement. */
describe('bètaversie agreements: deciding a round, editing a concept, starting an agreement', () => {
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

  it('asks for a stance by a deadline that is not in the past; only the proposer, a facilitator or an administrator takes a proposal back', async () => {
    const created = await partner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: {
        context: { type: 'building-team', id: team },
        title: 'Afspraken over de overdracht',
        clauses: [{ id: 'a', title: 'A', text: 'We dragen warm over.' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const agreement = AgreementSchema.parse(created.json());
    const url = `/api/v1/agreements/${agreement.id}/versions/${agreement.latestVersion!.id}`;
    const change = (who: TestSession, payload: object) =>
      who.request({ method: 'POST', url: `${url}/status-changes`, payload });
    const current = async () => AgreementVersionSchema.parse((await partner.request({ method: 'GET', url })).json());

    const past = await change(partner, { status: 'proposed', deadline: '2000-01-01' });
    expect(past.statusCode).toBe(422);
    expect(ProblemSchema.parse(past.json()).invalidParams).toMatchObject([{ name: 'deadline', code: 'in-the-past' }]);
    expect(await current()).toMatchObject({ status: 'concept', consentRound: 0, consentDeadline: null });
    expect((await change(partner, { status: 'proposed', deadline: 'morgen' })).statusCode).toBe(400);

    const proposed = await change(partner, { status: 'proposed', deadline: '2099-12-31' });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(AgreementVersionSchema.parse(proposed.json())).toMatchObject({
      status: 'proposed',
      consentDeadline: '2099-12-31',
      proposedById: partner.personId,
    });
    // Another partner may give a stance, not take the proposal back or withdraw it; nothing changes.
    expect((await change(partner2, { status: 'concept' })).statusCode).toBe(403);
    expect((await change(partner2, { status: 'withdrawn' })).statusCode).toBe(403);
    expect(await current()).toMatchObject({ status: 'proposed', consentDeadline: '2099-12-31' });
    // The facilitator sends it back; proposed again without a deadline, its proposer withdraws it.
    expect((await change(facilitator, { status: 'concept' })).statusCode).toBe(200);
    expect(await current()).toMatchObject({ status: 'concept', consentDeadline: null, proposedById: null });
    expect((await change(partner, { status: 'proposed' })).statusCode).toBe(200);
    expect(await current()).toMatchObject({ status: 'proposed', consentDeadline: null });
    expect((await change(partner, { status: 'withdrawn' })).statusCode).toBe(200);
    expect((await current()).status).toBe('withdrawn');
  });
});
