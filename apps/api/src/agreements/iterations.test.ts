import {
  AgreementPageSchema,
  AgreementVersionListSchema,
  AgreementVersionSchema,
  ClauseSourcePageSchema,
  IterationListSchema,
  IterationSchema,
  ProblemSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { IterationEntity } from './iteration.entity.js';

describe('action-research iterations on an agreement', () => {
  let test: TestApp;
  let facilitator: TestSession;
  let agreementId: string;
  let inForce: { id: string; number: string };
  const url = () => `/api/v1/agreements/${agreementId}/iterations`;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    facilitator = await test.signIn('facilitator@leerkring.test');
    agreementId = AgreementPageSchema.parse(
      (await facilitator.request({ method: 'GET', url: '/api/v1/agreements' })).json(),
    ).items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!.id;
    const versions = AgreementVersionListSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions` })).json(),
    ).items;
    inForce = versions.find((version) => version.status === 'beta')!;
  });
  afterAll(async () => {
    await test.close();
  });

  it("lists the demo's cycles, and follows the leerlijn from a decided iteration to the clause that answers it", async () => {
    const list = IterationListSchema.parse((await facilitator.request({ method: 'GET', url: url() })).json());
    expect(list.items.map((item) => `${item.title}:${item.phase}:${item.decision}`)).toEqual(
      expect.arrayContaining([
        'Eén casusregisseur bij meer dan drie organisaties:decided:adapt',
        'Terugbellen binnen twee werkdagen:observe:null',
      ]),
    );
    const decided = list.items.find((item) => item.phase === 'decided')!;
    expect(decided.version).toEqual({ id: inForce.id, number: '0.3' });
    const sources = ClauseSourcePageSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/agreement-clauses?iterationId=${decided.id}` })).json(),
    );
    expect(sources.items.map((item) => `${item.version.number}:${item.clauseId}`)).toEqual(['0.4:casusregie']);
    expect(
      (
        await facilitator.request({
          method: 'GET',
          url: `/api/v1/agreement-clauses?iterationId=${decided.id}&lessonId=${decided.id}`,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('goes plan → act → observe → reflect → decided one step at a time; deciding needs what was learned and closes it', async () => {
    const created = await facilitator.request({
      method: 'POST',
      url: url(),
      payload: {
        versionId: inForce.id,
        clauseIds: ['evaluatie'],
        title: 'Kwartaalevaluatie',
        question: 'Vinden alle partners de evaluatie nuttig?',
        prediction: 'De helft komt.',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const iteration = IterationSchema.parse(created.json());
    expect(created.headers.location).toBe(`${url()}/${iteration.id}`);
    expect(iteration).toMatchObject({
      phase: 'plan',
      decision: null,
      clauseIds: ['evaluatie'],
      actions: '',
      learning: '',
    });
    const one = `${url()}/${iteration.id}`;
    const patch = (payload: object) => facilitator.request({ method: 'PATCH', url: one, payload });

    const skip = await patch({ phase: 'observe' });
    expect(skip.statusCode).toBe(422);
    expect(ProblemSchema.parse(skip.json())).toMatchObject({
      code: 'ITERATION_INVALID_CHANGE',
      invalidParams: [{ name: 'body.phase' }],
    });
    expect((await patch({ phase: 'act', actions: 'Uitnodiging aan alle 26 partners.' })).statusCode).toBe(200);
    expect((await patch({ phase: 'observe', observations: 'Elf partners kwamen.' })).statusCode).toBe(200);
    expect((await patch({ phase: 'reflect' })).statusCode).toBe(200);
    const early = await patch({ phase: 'decided', decision: 'adapt' });
    expect(early.statusCode).toBe(422);
    expect(ProblemSchema.parse(early.json()).invalidParams?.map((param) => param.name)).toEqual(['body.learning']);
    const decided = await patch({
      phase: 'decided',
      decision: 'adapt',
      learning: 'Minder dan de helft kwam; een kortere evaluatie na de intervisie werkt beter.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(IterationSchema.parse(decided.json())).toMatchObject({
      phase: 'decided',
      decision: 'adapt',
      endDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const closed = await patch({ observations: 'Later nog iets.' });
    expect(closed.statusCode).toBe(409);
    expect(ProblemSchema.parse(closed.json()).code).toBe('ITERATION_CLOSED');

    // Every read and change is logged.
    const logged = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .findBy({ recordId: iteration.id, recordType: 'agreement-iteration' });
    expect(logged.filter((entry) => entry.event === 'update')).toHaveLength(4);
    expect(logged.filter((entry) => entry.event === 'create')).toHaveLength(1);
  });

  it('refuses what does not belong: a version or clause of another agreement, identifiers, a clause linking an unknown iteration', async () => {
    const wrongClause = await facilitator.request({
      method: 'POST',
      url: url(),
      payload: { versionId: inForce.id, clauseIds: ['bestaat-niet'], title: 'Test', question: 'Werkt het?' },
    });
    expect(wrongClause.statusCode).toBe(422);
    expect(ProblemSchema.parse(wrongClause.json()).invalidParams?.[0]?.name).toBe('body.clauseIds.0');
    const wrongVersion = await facilitator.request({
      method: 'POST',
      url: url(),
      payload: { versionId: agreementId, title: 'Test', question: 'Werkt het?' },
    });
    expect(wrongVersion.statusCode).toBe(422);
    const named = await facilitator.request({
      method: 'POST',
      url: url(),
      payload: { versionId: inForce.id, title: 'Test', question: 'Mailt mevrouw via j.jansen@example.org terug?' },
    });
    expect(named.statusCode).toBe(422);
    expect(ProblemSchema.parse(named.json()).invalidParams?.[0]).toMatchObject({
      name: 'body.question',
      kind: 'email',
    });
    expect(await test.dataSource.getRepository(IterationEntity).countBy({ title: 'Test' })).toBe(0);
    // Readers read, writers write; another municipality does not see it.
    const manager = await test.signIn('manager@leerkring.test');
    expect((await manager.request({ method: 'GET', url: url() })).statusCode).toBe(200);
    expect(
      (
        await manager.request({
          method: 'POST',
          url: url(),
          payload: { versionId: inForce.id, title: 'Test', question: 'Werkt het?' },
        })
      ).statusCode,
    ).toBe(403);
    const outsider = await test.signIn('buiten@leerkring.test');
    expect((await outsider.request({ method: 'GET', url: url() })).statusCode).toBe(404);
  });
});

describe('an iteration decided "adapt" turned into a clause of the concept in one step', () => {
  let test: TestApp;
  let facilitator: TestSession;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    facilitator = await test.signIn('facilitator@leerkring.test');
  });
  afterAll(async () => {
    await test.close();
  });

  it('adds the change to the open concept, naming the iteration; refuses an iteration not decided "adapt"', async () => {
    const agreementId = AgreementPageSchema.parse(
      (await facilitator.request({ method: 'GET', url: '/api/v1/agreements' })).json(),
    ).items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!.id;
    const iterations = IterationListSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/iterations` })).json(),
    ).items;
    const adapted = iterations.find((item) => item.decision === 'adapt')!;
    const observing = iterations.find((item) => item.phase === 'observe')!;
    const url = `/api/v1/agreements/${agreementId}/iteration-proposals`;
    const payload = {
      iterationId: adapted.id,
      clauseId: 'casusregie',
      text: 'Bij drie of meer betrokken organisaties kiezen we binnen vijf werkdagen één casusregisseur.',
    };

    // 0.4 is being consented on: first take it back to concept, so the change lands in it.
    const versions = AgreementVersionListSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions` })).json(),
    ).items;
    const proposed = versions.find((version) => version.status === 'proposed')!;
    expect((await facilitator.request({ method: 'POST', url, payload })).statusCode).toBe(409);
    await facilitator.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/versions/${proposed.id}/status-changes`,
      payload: { status: 'concept' },
    });

    const response = await facilitator.request({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.location).toBe(`/api/v1/agreements/${agreementId}/versions/${proposed.id}`);
    const concept = AgreementVersionSchema.parse(response.json());
    expect(concept.clauses.find((clause) => clause.id === 'casusregie')).toMatchObject({
      text: payload.text,
      iterationIds: [adapted.id],
    });
    expect(concept.changelog).toContain(`gewijzigd naar aanleiding van de iteratie "${adapted.title}"`);
    const sources = ClauseSourcePageSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/agreement-clauses?iterationId=${adapted.id}` })).json(),
    );
    expect(sources.items.map((item) => `${item.version.number}:${item.version.status}:${item.clauseId}`)).toEqual([
      '0.4:concept:casusregie',
    ]);

    const notDecided = await facilitator.request({
      method: 'POST',
      url,
      payload: { ...payload, iterationId: observing.id },
    });
    expect(notDecided.statusCode).toBe(422);
    expect(ProblemSchema.parse(notDecided.json())).toMatchObject({
      code: 'AGREEMENT_ITERATION_NOT_ADAPT',
      invalidParams: [{ name: 'body.iterationId' }],
    });
    const unknown = await facilitator.request({
      method: 'POST',
      url,
      payload: { ...payload, iterationId: agreementId },
    });
    expect(unknown.statusCode).toBe(422);
    expect(ProblemSchema.parse(unknown.json()).code).toBe('AGREEMENT_ITERATION_NOT_FOUND');
  });
});
