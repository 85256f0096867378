import {
  AgreementDiffSchema,
  AgreementPageSchema,
  AgreementSchema,
  AgreementVersionListSchema,
  AgreementVersionSchema,
  ConsentRoundSchema,
  ProblemSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

describe('agreements of a learning group (story 4), and a lesson turned into a clause in one step', () => {
  let test: TestApp;
  let coordinator: TestSession;
  let partner: TestSession;
  let facilitator: TestSession;
  let group: string;
  let team: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    coordinator = await test.signIn('coordinator@leerkring.test');
    partner = await test.signIn('partner@leerkring.test');
    facilitator = await test.signIn('facilitator@leerkring.test');
    group = (
      await test.dataSource
        .getRepository(LearningGroupEntity)
        .findOneByOrFail({ name: 'Financieren vanuit de bedoeling' })
    ).id;
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  it("shows the learning group's talking document to its members, with the diff between 0.3 and 0.4, and to nobody else", async () => {
    const page = AgreementPageSchema.parse(
      (await coordinator.request({ method: 'GET', url: `/api/v1/agreements?learningGroupId=${group}` })).json(),
    );
    expect(page.items).toHaveLength(1);
    const document = page.items[0]!;
    expect(document).toMatchObject({
      title: 'Gespreksdocument financieren vanuit de bedoeling',
      context: { type: 'learning-group', id: group, name: 'Financieren vanuit de bedoeling' },
      versionInForce: { number: '0.3', status: 'beta' },
      latestVersion: { number: '0.4', status: 'proposed' },
    });
    // Its review is due within 30 days: on the coordinator's dashboard.
    const due = AgreementPageSchema.parse(
      (await coordinator.request({ method: 'GET', url: '/api/v1/agreements?reviewDueWithinDays=30' })).json(),
    );
    expect(due.items.map((item) => item.id)).toEqual([document.id]);

    const versions = AgreementVersionListSchema.parse(
      (await coordinator.request({ method: 'GET', url: `/api/v1/agreements/${document.id}/versions` })).json(),
    ).items;
    expect(versions.map((version) => `${version.number}:${version.status}`)).toEqual(['0.4:proposed', '0.3:beta']);
    const [v4, v3] = versions;
    const diff = AgreementDiffSchema.parse(
      (
        await coordinator.request({
          method: 'GET',
          url: `/api/v1/agreements/${document.id}/versions/${v4!.id}/diff?against=${v3!.id}`,
        })
      ).json(),
    );
    expect(Object.fromEntries(diff.clauses.map((clause) => [clause.clauseId, clause.change]))).toEqual({
      vertrekpunt: 'unchanged',
      ruimte: 'changed',
      'een-budget': 'added',
      leren: 'unchanged',
      verantwoorden: 'moved',
    });
    expect(
      diff.clauses
        .find((clause) => clause.clauseId === 'ruimte')!
        .parts.some((part) => part.kind === 'insert' && part.text.includes('per jaar')),
    ).toBe(true);

    // Members of a bouwteam only (not of the learning group) neither list nor read it.
    expect(
      AgreementPageSchema.parse(
        (await facilitator.request({ method: 'GET', url: `/api/v1/agreements?learningGroupId=${group}` })).json(),
      ).items,
    ).toEqual([]);
    expect((await facilitator.request({ method: 'GET', url: `/api/v1/agreements/${document.id}` })).statusCode).toBe(
      404,
    );
    expect(
      (
        await facilitator.request({
          method: 'GET',
          url: `/api/v1/agreements/${document.id}/versions/${v4!.id}/diff?against=${v3!.id}`,
        })
      ).statusCode,
    ).toBe(404);
    // Every read is in the access log, in the learning group's context.
    const logged = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .findBy({ recordId: v4!.id, event: 'read' });
    expect(logged.length).toBeGreaterThan(0);
  });

  it('lets the coordinator of a learning group draft and propose, its partners consent per region, the coordinator put it in force', async () => {
    // The group's coordinator drafts and proposes (a coordinator elsewhere does not).
    const created = await coordinator.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: {
        context: { type: 'learning-group', id: group },
        title: 'Werkwijze leergroep',
        decisionRule: { kind: 'qualified-majority', share: 0.2 },
        clauses: [{ id: 'ronde', title: 'Ronde', text: 'Elke bijeenkomst begint met een ronde per regio.' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const agreement = AgreementSchema.parse(created.json());
    expect(agreement.context).toMatchObject({ type: 'learning-group', id: group });
    const url = `/api/v1/agreements/${agreement.id}/versions/${agreement.latestVersion.id}`;
    expect(
      (await coordinator.request({ method: 'POST', url: `${url}/status-changes`, payload: { status: 'proposed' } }))
        .statusCode,
    ).toBe(200);
    // partner@ represents Achterhoek, partner2@ Twente: one stance each for their region, out of ten.
    await partner.request({ method: 'POST', url: `${url}/consents`, payload: { stance: 'consent' } });
    const partner2 = await test.signIn('partner2@leerkring.test');
    const round = ConsentRoundSchema.parse(
      (await partner2.request({ method: 'POST', url: `${url}/consents`, payload: { stance: 'consent' } })).json(),
    );
    expect(round.votesBy).toBe('region');
    expect(round.tally).toMatchObject({ total: 10, consent: 2, none: 8, decided: true });
    expect(round.items.map((item) => item.region?.name).sort()).toEqual(['Achterhoek', 'Twente']);
    const inForce = await coordinator.request({
      method: 'POST',
      url: `${url}/in-force`,
      payload: { as: 'adopted', reviewDate: '2027-09-01' },
    });
    expect(inForce.statusCode, inForce.body).toBe(200);
    // A learning group that does not exist for the caller: 404, nothing stored.
    const nowhere = await partner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: { context: { type: 'learning-group', id: team }, title: 'Verkeerde context' },
    });
    expect(nowhere.statusCode).toBe(404);
  });

  it('turns a lesson whose follow-up is "change an agreement" into a clause of a new concept, linked to the lesson, in one step', async () => {
    const agreementId = AgreementPageSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements?buildingTeamId=${team}` })).json(),
    ).items[0]!.id;
    const lessons = test.dataSource.getRepository(LessonEntity);
    const caseDirection = await lessons.findOneByOrFail({
      buildingTeamId: team,
      theme: 'case-direction',
      followUp: 'change-agreement',
    });
    const financing = await lessons.findOneByOrFail({
      buildingTeamId: team,
      theme: 'financing',
      followUp: 'escalate-obstacle',
    });
    const url = `/api/v1/agreements/${agreementId}/lesson-proposals`;
    const payload = {
      lessonId: caseDirection.id,
      title: 'Regie bij vier of meer',
      text: 'Bij vier of meer betrokken organisaties is de casusregisseur binnen drie dagen bekend.',
    };

    // While 0.4 is being consented on, a lesson cannot change what the partners judge.
    const during = await partner.request({ method: 'POST', url, payload });
    expect(during.statusCode).toBe(409);
    expect(ProblemSchema.parse(during.json()).code).toBe('AGREEMENT_CONCEPT_EXISTS');
    const versions = AgreementVersionListSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions` })).json(),
    ).items;
    const proposed = versions.find((version) => version.status === 'proposed')!;
    expect(
      (
        await facilitator.request({
          method: 'POST',
          url: `/api/v1/agreements/${agreementId}/versions/${proposed.id}/in-force`,
          payload: { as: 'beta', reviewDate: '2027-06-01' },
        })
      ).statusCode,
    ).toBe(200);

    const added = await partner.request({ method: 'POST', url, payload });
    expect(added.statusCode, added.body).toBe(201);
    const concept = AgreementVersionSchema.parse(added.json());
    expect(added.headers.location).toBe(`/api/v1/agreements/${agreementId}/versions/${concept.id}`);
    expect(concept).toMatchObject({ number: '0.5', status: 'concept', basedOnVersionId: proposed.id });
    expect(concept.clauses.at(-1)).toEqual({
      id: 'regie-bij-vier-of-meer',
      title: payload.title,
      text: payload.text,
      lessonIds: [caseDirection.id],
      iterationIds: [],
    });
    expect(concept.changelog).toContain('Regie bij vier of meer: toegevoegd naar aanleiding van de les');

    // A second lesson changes an existing clause of the same concept; the clause keeps its earlier lessons.
    const changed = await partner.request({
      method: 'POST',
      url,
      payload: {
        lessonId: caseDirection.id,
        clauseId: 'casusregie',
        text: 'Bij meer dan twee betrokken organisaties kiezen we binnen vijf werkdagen één casusregisseur.',
      },
    });
    expect(changed.statusCode, changed.body).toBe(201);
    const second = AgreementVersionSchema.parse(changed.json());
    expect(second.id).toBe(concept.id);
    expect(second.revision).toBe(concept.revision + 1);
    expect(second.clauses.find((clause) => clause.id === 'casusregie')).toMatchObject({
      title: 'Eén casusregisseur',
      lessonIds: [caseDirection.id],
    });

    // An edit that leaves lessonIds out keeps the links; [] removes them.
    const kept = await partner.request({
      method: 'PATCH',
      url: `/api/v1/agreements/${agreementId}/versions/${concept.id}`,
      headers: { 'if-match': `"${second.revision}"` },
      payload: { clauses: second.clauses.map(({ lessonIds: _links, ...clause }) => clause) },
    });
    expect(
      AgreementVersionSchema.parse(kept.json()).clauses.find((clause) => clause.id === 'regie-bij-vier-of-meer')!
        .lessonIds,
    ).toEqual([caseDirection.id]);

    // Refused, with the field: a lesson that asks for something else, an unknown clause, an identifier.
    const wrongFollowUp = await partner.request({
      method: 'POST',
      url,
      payload: { ...payload, lessonId: financing.id },
    });
    expect(wrongFollowUp.statusCode).toBe(422);
    expect(ProblemSchema.parse(wrongFollowUp.json())).toMatchObject({
      code: 'AGREEMENT_LESSON_NOT_FOR_AGREEMENT',
      invalidParams: [{ name: 'body.lessonId' }],
    });
    const unknownClause = await partner.request({
      method: 'POST',
      url,
      payload: { ...payload, clauseId: 'bestaat-niet' },
    });
    expect(unknownClause.statusCode).toBe(422);
    expect(ProblemSchema.parse(unknownClause.json()).invalidParams?.[0]?.name).toBe('body.clauseId');
    const named = await partner.request({
      method: 'POST',
      url,
      payload: { ...payload, text: 'Bel mevrouw op 06-12345678.' },
    });
    expect(named.statusCode).toBe(422);
    expect(ProblemSchema.parse(named.json()).invalidParams?.[0]?.name).toBe('body.text');
    // A manager reads but does not write; another municipality does not see the agreement.
    expect(
      (await (await test.signIn('manager@leerkring.test')).request({ method: 'POST', url, payload })).statusCode,
    ).toBe(403);
    expect(
      (await (await test.signIn('buiten@leerkring.test')).request({ method: 'POST', url, payload })).statusCode,
    ).toBe(404);
    const after = AgreementVersionSchema.parse(
      (
        await partner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions/${concept.id}` })
      ).json(),
    );
    expect(after.revision).toBe(second.revision + 1);
  });
});
