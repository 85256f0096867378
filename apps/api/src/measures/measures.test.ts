import {
  AgreementPageSchema,
  IterationListSchema,
  MeasureImportResultSchema,
  MeasureListSchema,
  MeasureSchema,
  ProblemSchema,
} from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { MeasurePointEntity } from './measure.entity.js';

/** Weekly dates from Monday 5 January 2026. */
const week = (index: number): string => new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10);
/** 16 baseline weeks around 10.5, then 8 weeks higher: the worked example of the domain's run-chart tests. */
const values = [10, 12, 9, 11, 13, 8, 12, 10, 11, 9, 13, 10, 12, 9, 11, 10, 14, 15, 13, 16, 14, 15, 17, 14];

describe('measures with run charts', () => {
  let test: TestApp;
  let facilitator: TestSession;
  let agreementId: string;
  let iterationId: string;

  const definition = (extra: Record<string, unknown> = {}) => ({
    agreementId,
    name: 'Terugbeldagen',
    definition: 'Werkdagen tussen de melding en het terugbellen, gemiddeld per week.',
    unit: 'dagen',
    betterDirection: 'up',
    ruleSet: 'provost-murray',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    baselineStart: week(0),
    baselineEnd: week(15),
    ...extra,
  });
  const create = async (extra: Record<string, unknown> = {}) => {
    const response = await facilitator.request({ method: 'POST', url: '/api/v1/measures', payload: definition(extra) });
    expect(response.statusCode, response.body).toBe(201);
    return MeasureSchema.parse(response.json());
  };

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    facilitator = await test.signIn('facilitator@leerkring.test');
    agreementId = AgreementPageSchema.parse(
      (await facilitator.request({ method: 'GET', url: '/api/v1/agreements' })).json(),
    ).items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!.id;
    iterationId = IterationListSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/iterations` })).json(),
    ).items[0]!.id;
  });
  afterAll(async () => {
    await test.close();
  });

  it('defines a measure on an iteration, takes points by hand and answers the analysis of the domain', async () => {
    const created = await facilitator.request({
      method: 'POST',
      url: '/api/v1/measures',
      payload: definition({ iterationId }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const measure = MeasureSchema.parse(created.json());
    expect(created.headers.location).toBe(`/api/v1/measures/${measure.id}`);
    expect(measure).toMatchObject({ iterationId, ruleSet: 'provost-murray', points: [], analysis: { segments: [] } });

    let latest = measure;
    for (const [index, value] of values.entries()) {
      const added = await facilitator.request({
        method: 'POST',
        url: `/api/v1/measures/${measure.id}/points`,
        payload: { date: week(index), value, ...(index === 16 ? { note: 'Nieuwe werkwijze' } : {}) },
      });
      expect(added.statusCode, added.body).toBe(200);
      latest = MeasureSchema.parse(added.json());
    }
    expect(latest.points).toHaveLength(24);
    expect(latest.points[16]).toMatchObject({ date: week(16), value: 14, note: 'Nieuwe werkwijze' });
    expect(latest.analysis.segments).toMatchObject([{ median: 10.5, usefulCount: 24 }]);
    expect(latest.analysis.signals).toMatchObject([
      {
        rule: 'shift',
        direction: 'up',
        favourable: true,
        points: expect.arrayContaining([{ index: 23, date: week(23) }]),
      },
    ]);

    const listed = MeasureListSchema.parse(
      (
        await facilitator.request({
          method: 'GET',
          url: `/api/v1/measures?agreementId=${agreementId}&iterationId=${iterationId}`,
        })
      ).json(),
    );
    expect(listed.items.map((item) => item.id)).toContain(measure.id);
    const fetched = MeasureSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/measures/${measure.id}` })).json(),
    );
    expect(fetched.analysis).toEqual(latest.analysis);

    // The same data under the Anhøj rules: a run of 8 is not longer than round(log2(24) + 3) = 8 — no signal.
    const anhoej = await facilitator.request({
      method: 'PATCH',
      url: `/api/v1/measures/${measure.id}`,
      payload: { ruleSet: 'anhoej' },
    });
    expect(MeasureSchema.parse(anhoej.json()).analysis.signals).toEqual([]);
  });

  it("shows the demo's shift: 8 weeks below the median, after 0.3 was put in force", async () => {
    const decided = IterationListSchema.parse(
      (await facilitator.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/iterations` })).json(),
    ).items.find((item) => item.phase === 'decided')!;
    const [measure] = MeasureListSchema.parse(
      (
        await facilitator.request({
          method: 'GET',
          url: `/api/v1/measures?agreementId=${agreementId}&iterationId=${decided.id}`,
        })
      ).json(),
    ).items;
    expect(measure).toMatchObject({ name: 'Dagen tot één plan', ruleSet: 'provost-murray', betterDirection: 'down' });
    expect(measure!.points).toHaveLength(24);
    expect(measure!.analysis.segments).toMatchObject([{ median: 21, usefulCount: 24 }]);
    expect(measure!.analysis.signals).toMatchObject([{ rule: 'shift', direction: 'down', favourable: true }]);
    const shift = measure!.analysis.signals[0]!;
    expect(shift.points.map((point) => point.index)).toEqual([16, 17, 18, 19, 20, 21, 22, 23]);
    const inForce = measure!.annotations.find((a) => a.kind === 'version-in-force' && a.label === 'v0.3')!;
    expect(inForce.date <= shift.points[0]!.date && inForce.date > measure!.points[15]!.date).toBe(true);
    expect(measure!.annotations.map((a) => a.kind)).toContain('iteration-start');
  });

  it('draws the learning cycle: versions put in force inside the period', async () => {
    const measure = await create({ periodStart: '2000-01-01', baselineStart: '2000-01-01' });
    expect(measure.annotations.filter((a) => a.kind === 'version-in-force').length).toBeGreaterThan(0);
    expect(measure.annotations.every((a) => a.date >= '2000-01-01' && a.date <= '2026-12-31')).toBe(true);
  });

  it('refuses bad points with 400/422 naming the field, and stores nothing', async () => {
    const measure = await create();
    const url = `/api/v1/measures/${measure.id}/points`;
    expect((await facilitator.request({ method: 'POST', url, payload: { date: week(0), value: 3 } })).statusCode).toBe(
      200,
    );
    const cases: [Record<string, unknown>, number, string][] = [
      [{ date: '2027-01-04', value: 3 }, 422, 'body.date'],
      [{ date: week(0), value: 4 }, 422, 'body.date'],
      [{ date: week(1), value: 1e12 }, 400, 'body.value'],
      [{ date: week(1), value: 'veel' }, 400, 'body.value'],
      [{ date: '2026-02-30', value: 3 }, 400, 'body.date'],
    ];
    for (const [payload, status, field] of cases) {
      const response = await facilitator.request({ method: 'POST', url, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(ProblemSchema.parse(response.json()).invalidParams?.map((param) => param.name)).toContain(field);
    }
    expect(await test.dataSource.getRepository(MeasurePointEntity).countBy({ measureId: measure.id })).toBe(1);
    const period = await facilitator.request({
      method: 'POST',
      url: '/api/v1/measures',
      payload: definition({ baselineEnd: '2027-03-01' }),
    });
    expect(period.statusCode).toBe(422);
    expect(ProblemSchema.parse(period.json()).invalidParams?.map((param) => param.name)).toEqual(['body.baselineEnd']);
    const narrowing = await facilitator.request({
      method: 'PATCH',
      url: `/api/v1/measures/${measure.id}`,
      payload: { periodStart: '2026-02-01', baselineStart: '2026-02-01' },
    });
    expect(narrowing.statusCode).toBe(422);
  });

  it('changes and deletes points and measures', async () => {
    const measure = await create();
    const added = MeasureSchema.parse(
      (
        await facilitator.request({
          method: 'POST',
          url: `/api/v1/measures/${measure.id}/points`,
          payload: { date: week(0), value: 3 },
        })
      ).json(),
    );
    const pointUrl = `/api/v1/measures/${measure.id}/points/${added.points[0]!.id}`;
    const changed = await facilitator.request({
      method: 'PATCH',
      url: pointUrl,
      payload: { value: 4.5, note: 'Herteld' },
    });
    expect(MeasureSchema.parse(changed.json()).points).toMatchObject([{ value: 4.5, note: 'Herteld' }]);
    expect((await facilitator.request({ method: 'DELETE', url: pointUrl })).statusCode).toBe(204);
    expect((await facilitator.request({ method: 'DELETE', url: pointUrl })).statusCode).toBe(404);
    expect((await facilitator.request({ method: 'DELETE', url: `/api/v1/measures/${measure.id}` })).statusCode).toBe(
      204,
    );
    expect((await facilitator.request({ method: 'GET', url: `/api/v1/measures/${measure.id}` })).statusCode).toBe(404);
  });

  it('imports CSV: a preview with per-row errors, stored only when every row is valid', async () => {
    const measure = await create();
    const url = `/api/v1/measures/${measure.id}/point-imports`;
    const bad = 'datum;waarde;notitie\n2026-01-05;12,5;start\n2026-01-12;abc;\n2027-01-04;3;';
    const preview = MeasureImportResultSchema.parse(
      (await facilitator.request({ method: 'POST', url, payload: { csv: bad } })).json(),
    );
    expect(preview).toMatchObject({ valid: false, stored: false });
    expect(preview.rows.map((row) => [row.line, row.errors.map((error) => error.field)])).toEqual([
      [2, []],
      [3, ['value']],
      [4, ['date']],
    ]);
    const refused = await facilitator.request({ method: 'POST', url, payload: { csv: bad, dryRun: false } });
    expect(refused.statusCode).toBe(422);
    expect(ProblemSchema.parse(refused.json()).invalidParams?.map((param) => param.name)).toEqual([
      'body.csv.3.value',
      'body.csv.4.date',
    ]);
    expect(await test.dataSource.getRepository(MeasurePointEntity).countBy({ measureId: measure.id })).toBe(0);

    const good = 'datum;waarde;notitie\n2026-01-05;12,5;start\n12-1-2026;11;';
    const stored = MeasureImportResultSchema.parse(
      (await facilitator.request({ method: 'POST', url, payload: { csv: good, dryRun: false } })).json(),
    );
    expect(stored).toMatchObject({ valid: true, stored: true });
    expect(stored.measure?.points.map((point) => [point.date, point.value])).toEqual([
      ['2026-01-05', 12.5],
      ['2026-01-12', 11],
    ]);
  });

  it("answers 404 for another bouwteam's measure and 403 for a reader who may not write", async () => {
    const measure = await create();
    const outsider = await test.signIn('buiten@leerkring.test');
    expect((await outsider.request({ method: 'GET', url: `/api/v1/measures/${measure.id}` })).statusCode).toBe(404);
    expect(
      (
        await outsider.request({
          method: 'POST',
          url: `/api/v1/measures/${measure.id}/points`,
          payload: { date: week(0), value: 1 },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await outsider.request({ method: 'GET', url: `/api/v1/measures?agreementId=${agreementId}` })).statusCode,
    ).toBe(404);
    const manager = await test.signIn('manager@leerkring.test');
    expect((await manager.request({ method: 'GET', url: `/api/v1/measures/${measure.id}` })).statusCode).toBe(200);
    expect(
      (await manager.request({ method: 'PATCH', url: `/api/v1/measures/${measure.id}`, payload: { unit: 'x' } }))
        .statusCode,
    ).toBe(403);
  });
});
