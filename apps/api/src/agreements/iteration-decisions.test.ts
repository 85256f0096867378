import {
  AgreementPageSchema,
  AgreementVersionListSchema,
  IterationSchema,
  MeasureSchema,
  ProblemSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { IterationEntity } from './iteration.entity.js';

/** Weekly dates from Monday 5 January 2026. */
const week = (index: number): string => new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10);
/** 16 baseline weeks around 10.5, then 8 weeks higher: a shift by the Provost & Murray rules. */
const values = [10, 12, 9, 11, 13, 8, 12, 10, 11, 9, 13, 10, 12, 9, 11, 10, 14, 15, 13, 16, 14, 15, 17, 14];

describe("an iteration's decision records the signals it rested on", () => {
  let test: TestApp;
  let facilitator: TestSession;
  let agreementId: string;
  let versionId: string;

  const url = () => `/api/v1/agreements/${agreementId}/iterations`;
  const startIteration = async (title: string) => {
    const created = await facilitator.request({
      method: 'POST',
      url: url(),
      payload: { versionId, title, question: 'Belt iedereen binnen twee dagen terug?' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = IterationSchema.parse(created.json());
    for (const phase of ['act', 'observe', 'reflect'])
      expect(
        (await facilitator.request({ method: 'PATCH', url: `${url()}/${id}`, payload: { phase } })).statusCode,
      ).toBe(200);
    return id;
  };
  const measureOn = async (iterationId: string | undefined, name: string, points: number[]) => {
    const created = await facilitator.request({
      method: 'POST',
      url: '/api/v1/measures',
      payload: {
        agreementId,
        ...(iterationId ? { iterationId } : {}),
        name,
        definition: 'Werkdagen tussen de melding en het terugbellen, gemiddeld per week.',
        betterDirection: 'up',
        ruleSet: 'provost-murray',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        baselineStart: week(0),
        baselineEnd: week(15),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    let measure = MeasureSchema.parse(created.json());
    for (const [index, value] of points.entries()) {
      const added = await facilitator.request({
        method: 'POST',
        url: `/api/v1/measures/${measure.id}/points`,
        payload: { date: week(index), value },
      });
      measure = MeasureSchema.parse(added.json());
    }
    return measure;
  };

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    facilitator = await test.signIn('facilitator@leerkring.test');
    agreementId = AgreementPageSchema.parse(
      (await facilitator.request({ method: 'GET', url: '/api/v1/agreements' })).json(),
    ).items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!.id;
    versionId = AgreementVersionListSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/versions` })).json(),
    ).items.find((version) => version.status === 'beta')!.id;
  });
  afterAll(async () => {
    await test.close();
  });

  it('decides resting on the shift of its own measure, and reads it back with the measure name and the words', async () => {
    const iterationId = await startIteration('Terugbellen met vaste dienst');
    const measure = await measureOn(iterationId, 'Terugbeldagen', values);
    const shift = measure.analysis.signals.find((signal) => signal.rule === 'shift')!;
    expect(shift.id).toBe(`shift-0-${week(16)}`);

    const decided = await facilitator.request({
      method: 'PATCH',
      url: `${url()}/${iterationId}`,
      payload: {
        phase: 'decided',
        decision: 'adopt',
        learning: 'Met een vaste dienst wordt sneller teruggebeld.',
        signals: [{ measureId: measure.id, signalId: shift.id }],
      },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const expected = [
      {
        measureId: measure.id,
        signalId: shift.id,
        measureName: 'Terugbeldagen',
        rule: 'shift',
        description: shift.description,
      },
    ];
    expect(IterationSchema.parse(decided.json()).signals).toEqual(expected);
    const read = IterationSchema.parse(
      (await facilitator.request({ method: 'GET', url: `${url()}/${iterationId}` })).json(),
    );
    expect(read).toMatchObject({ phase: 'decided', decision: 'adopt', signals: expected });
  });

  it('may decide on no signal; an iteration not yet decided has none', async () => {
    const iterationId = await startIteration('Terugbellen zonder signaal');
    const before = IterationSchema.parse(
      (await facilitator.request({ method: 'GET', url: `${url()}/${iterationId}` })).json(),
    );
    expect(before.signals).toEqual([]);
    const decided = await facilitator.request({
      method: 'PATCH',
      url: `${url()}/${iterationId}`,
      payload: { phase: 'decided', decision: 'abandon', learning: 'Geen verschil te zien.', signals: [] },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(IterationSchema.parse(decided.json())).toMatchObject({ decision: 'abandon', signals: [] });
  });

  it("refuses a signal not in the current analysis of one of the iteration's measures, naming it, and stores nothing", async () => {
    const iterationId = await startIteration('Terugbellen geweigerd');
    const otherIteration = await startIteration('Een andere iteratie');
    const own = await measureOn(iterationId, 'Eigen maat zonder signaal', values.slice(0, 16));
    const elsewhere = await measureOn(otherIteration, 'Maat van een andere iteratie', values);
    const shift = elsewhere.analysis.signals[0]!;
    const decide = (payload: object) =>
      facilitator.request({
        method: 'PATCH',
        url: `${url()}/${iterationId}`,
        payload: { phase: 'decided', decision: 'adapt', learning: 'Geleerd.', ...payload },
      });

    const refused = await decide({
      signals: [
        { measureId: own.id, signalId: shift.id },
        { measureId: elsewhere.id, signalId: shift.id },
      ],
    });
    expect(refused.statusCode).toBe(422);
    expect(ProblemSchema.parse(refused.json())).toMatchObject({
      code: 'ITERATION_INVALID_REFERENCE',
      invalidParams: [{ name: 'body.signals.0' }, { name: 'body.signals.1' }],
    });
    const malformed = await decide({ signals: [{ measureId: 'geen-id', signalId: shift.id }] });
    expect(malformed.statusCode).toBe(400);
    const early = await facilitator.request({
      method: 'PATCH',
      url: `${url()}/${otherIteration}`,
      payload: { signals: [{ measureId: elsewhere.id, signalId: shift.id }] },
    });
    expect(early.statusCode).toBe(422);
    expect(ProblemSchema.parse(early.json()).invalidParams?.[0]?.name).toBe('body.signals');

    const stored = await test.dataSource.getRepository(IterationEntity).findOneByOrFail({ id: iterationId });
    expect(stored).toMatchObject({ phase: 'reflect', decision: null, decisionSignals: null });
  });
});
