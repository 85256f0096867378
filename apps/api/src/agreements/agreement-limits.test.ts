import { AgreementDiffSchema, AgreementSchema, ProblemSchema, versionLimits, type Clause } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';
import { AgreementVersionEntity } from './agreement.entity.js';

/** Clauses of `size` characters each, of words drawn by a fixed sequence, so two seeds share almost nothing word for word. */
function clausesOf({ seed, count, size }: { seed: number; count: number; size: number }): Clause[] {
  const words =
    'de het een zorg wijk gemeente partner afspraak casus les leren team overleg plan doel budget inwoner hulp regie'.split(
      ' ',
    );
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    let text = '';
    while (text.length < size) text += `${words[Math.floor(next() * words.length)]}${next() < 0.2 ? 'en' : ''} `;
    return {
      id: `artikel-${i + 1}`,
      title: `Artikel ${i + 1}`,
      text: text.slice(0, size - 1).trimEnd() + '.',
      lessonIds: [],
      iterationIds: [],
    };
  });
}

/** A next version of `version` with other clauses, to be written straight to the database. */
function copyOf(version: AgreementVersionEntity, clauses: Clause[]): Omit<AgreementVersionEntity, 'id'> {
  const { id: _, ...rest } = version;
  return { ...rest, minor: version.minor + 1, clauses };
}

// The word diff of 40 clauses of 10 kB that all differed once took 24.7 s and held up every request of every tenant.
describe('the largest agreement a version may hold', () => {
  let test: TestApp;
  let partner: TestSession;
  let team: string;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    partner = await test.signIn('partner@leerkring.test');
    team = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
  });
  afterAll(async () => {
    await test.close();
  });

  const largest = { count: versionLimits.textCharacters / 10_000, size: 10_000 };
  const create = (clauses: Clause[]) =>
    partner.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: { context: { type: 'building-team', id: team }, title: 'Grote afspraak', clauses },
    });

  it('refuses more clauses or more text than a version may hold, naming the field, and stores nothing', async () => {
    const tooMany = await create(clausesOf({ seed: 1, count: versionLimits.clauses + 1, size: 50 }));
    expect(tooMany.statusCode).toBe(400);
    expect(ProblemSchema.parse(tooMany.json()).invalidParams?.map((param) => param.name)).toEqual(['body.clauses']);
    const tooLong = await create(clausesOf({ seed: 1, count: largest.count + 1, size: 10_000 }));
    expect(tooLong.statusCode).toBe(400);
    expect(ProblemSchema.parse(tooLong.json()).invalidParams?.map((param) => param.name)).toEqual(['body.clauses']);
    expect(await test.dataSource.getRepository(AgreementVersionEntity).countBy({ changelog: 'groot' })).toBe(0);
  });

  /** Sends health checks one after another while `work` runs; answers how long each took and how many came back before it. */
  async function healthWhile(work: Promise<unknown>): Promise<{ latencies: number[]; workMs: number }> {
    const started = performance.now();
    let done = false;
    let workMs = 0;
    void work.finally(() => {
      done = true;
      workMs = performance.now() - started;
    });
    const latencies: number[] = [];
    while (!done) {
      // Checks arrive from outside now and then; back to back they would never leave the event loop a turn.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const start = performance.now();
      const health = await test.request({ method: 'GET', url: '/api/v1/health' });
      expect(health.statusCode).toBe(200);
      if (!done) latencies.push(performance.now() - start);
    }
    await work;
    return { latencies, workMs };
  }

  it('keeps answering health checks while the largest allowed diff runs, which shows changed clauses whole', async () => {
    const created = await create(clausesOf({ seed: 1, ...largest }));
    expect(created.statusCode, created.body).toBe(201);
    const agreement = AgreementSchema.parse(created.json());
    const versions = test.dataSource.getRepository(AgreementVersionEntity);
    const first = await versions.findOneByOrFail({ id: agreement.latestVersion.id });
    // A second version in which every clause is rewritten, written straight to the database.
    const second = await versions.save(copyOf(first, clausesOf({ seed: 2, ...largest })));
    await test.request({ method: 'GET', url: '/api/v1/health' });

    const url = `/api/v1/agreements/${agreement.id}/versions/${second.id}/diff?against=${first.id}`;
    let answer: Awaited<ReturnType<TestSession['request']>> | undefined;
    const { latencies, workMs } = await healthWhile(
      partner.request({ method: 'GET', url }).then((response) => (answer = response)),
    );
    expect(answer?.statusCode, answer?.body).toBe(200);
    const diff = AgreementDiffSchema.parse(answer!.json());
    expect(diff.clauses).toHaveLength(largest.count);
    for (const clause of diff.clauses) {
      expect(clause.change).toBe('changed');
      expect(clause.parts.map((part) => part.kind)).toEqual(['delete', 'insert']);
    }
    console.log(
      `diff of ${largest.count} clauses of 10 kB: ${workMs.toFixed(0)} ms; ${latencies.length} health checks meanwhile, slowest ${Math.max(...latencies).toFixed(1)} ms`,
    );
    // The diff runs in steps: health checks are answered while it is still running (a diff that held the event loop
    // would answer none before it ended). How fast they are is a figure to read, printed above, not a timed assertion.
    expect(latencies.length).toBeGreaterThanOrEqual(2);

    // The exports of the largest version answer too (their time is printed; they are bounded by the version limits).
    for (const format of ['markdown', 'docx']) {
      const started = performance.now();
      const response = await partner.request({
        method: 'GET',
        url: `/api/v1/agreements/${agreement.id}/versions/${second.id}/${format}`,
      });
      expect(response.statusCode).toBe(200);
      console.log(`${format} export of the largest version: ${(performance.now() - started).toFixed(0)} ms`);
    }
  });

  it('still shows word parts for an ordinary edit of a long clause', async () => {
    const clauses = clausesOf({ seed: 3, count: 2, size: 10_000 });
    const created = AgreementSchema.parse((await create(clauses)).json());
    const versions = test.dataSource.getRepository(AgreementVersionEntity);
    const first = await versions.findOneByOrFail({ id: created.latestVersion.id });
    const edited = clauses.map((clause, i) =>
      i === 0 ? { ...clause, text: clause.text.replace('gemeente', 'wijkteam') } : clause,
    );
    const second = await versions.save(copyOf(first, edited));
    const response = await partner.request({
      method: 'GET',
      url: `/api/v1/agreements/${created.id}/versions/${second.id}/diff?against=${first.id}`,
    });
    const diff = AgreementDiffSchema.parse(response.json());
    const [changed] = diff.clauses;
    expect(changed?.change).toBe('changed');
    expect(changed?.parts.filter((part) => part.kind !== 'equal').map((part) => part.text)).toEqual([
      'gemeente',
      'wijkteam',
    ]);
  });
});
