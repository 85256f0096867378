import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/**
 * PostgreSQL connections killed under load (as by a restart, a failover or an operator): requests that lose their
 * connection answer 503 problem+json with Retry-After, none hangs, the app recovers by itself within 5 s, and every
 * write answered 2xx is in the database.
 */
describe('PostgreSQL backends killed under a write load', () => {
  let test: TestApp;
  let admin: TestSession;
  let organisationId: string;
  let killer: pg.Client;
  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.signIn('beheerder@leerkring.test');
    organisationId = (
      await test.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ name: 'Welzijn Oude IJssel' })
    ).id;
    killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
  });
  afterAll(async () => {
    await killer?.end();
    await test?.close();
  });

  it('recovers within 5 s after each kill, answers 503 with Retry-After meanwhile and loses no acknowledged write', async () => {
    const database = new URL(test.config.DATABASE_URL!).pathname.slice(1);
    const acknowledged: { id: string; at: number }[] = [];
    const failures: { status: number; at: number; retryAfter?: string; contentType?: string; body: string }[] = [];
    const durations: number[] = [];
    let running = true;
    let sequence = 0;
    const worker = async () => {
      while (running) {
        const number = (sequence += 1);
        const started = Date.now();
        const answer = await admin.request({
          method: 'POST',
          url: '/api/v1/people',
          payload: { name: 'Onder Belasting', email: `last-${number}@storing.test`, organisationId },
        });
        durations.push(Date.now() - started);
        if (answer.statusCode === 201) acknowledged.push({ id: (answer.json() as { id: string }).id, at: Date.now() });
        else {
          failures.push({
            status: answer.statusCode,
            at: Date.now(),
            retryAfter: answer.headers['retry-after']?.toString(),
            contentType: answer.headers['content-type']?.toString(),
            body: answer.body,
          });
        }
      }
    };
    const workers = [worker(), worker(), worker(), worker()];
    const kills: { at: number; killed: number; recoveredAfterMs: number; errors: number; errorWindowMs: number }[] = [];
    try {
      for (let round = 0; round < 3; round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const at = Date.now();
        const { rowCount } = await killer.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [database],
        );
        // Recovered: a write that started after the kill was acknowledged.
        const deadline = at + 5000;
        while (!acknowledged.some((write) => write.at > at) && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
        const recovered = acknowledged.find((write) => write.at > at);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const errors = failures.filter((failure) => failure.at >= at && failure.at < Date.now());
        kills.push({
          at,
          killed: rowCount ?? 0,
          recoveredAfterMs: recovered ? recovered.at - at : Number.POSITIVE_INFINITY,
          errors: errors.length,
          errorWindowMs: errors.length > 0 ? Math.max(...errors.map((failure) => failure.at)) - at : 0,
        });
      }
    } finally {
      running = false;
      await Promise.all(workers);
    }
    // The figures of this run, for the record.
    console.log(
      `connection kills: ${kills.map((kill) => `killed ${kill.killed} backends → recovered after ${kill.recoveredAfterMs} ms, ${kill.errors} errors within ${kill.errorWindowMs} ms`).join('; ')}; ` +
        `${acknowledged.length} writes acknowledged, ${failures.length} refused, slowest request ${Math.max(...durations)} ms`,
    );
    expect(kills.every((kill) => kill.killed > 0)).toBe(true);
    for (const kill of kills) expect(kill.recoveredAfterMs).toBeLessThan(5000);
    expect(Math.max(...durations)).toBeLessThan(10_000);
    // Whoever was refused heard why: 503 problem+json with Retry-After, never a 500.
    for (const failure of failures) {
      expect(
        { status: failure.status, contentType: failure.contentType, retryAfter: failure.retryAfter },
        failure.body,
      ).toEqual({
        status: 503,
        contentType: expect.stringMatching(/^application\/problem\+json/),
        retryAfter: expect.stringMatching(/^\d+$/),
      });
    }
    // Every acknowledged write and its access-log entry is there, seen through another connection.
    const reader = new pg.Client({ connectionString: test.config.DATABASE_URL });
    await reader.connect();
    const people = new Set((await reader.query<{ id: string }>('SELECT id FROM person')).rows.map((row) => row.id));
    const logged = new Set(
      (
        await reader.query<{ record_id: string }>(
          "SELECT record_id FROM access_log_entry WHERE event = 'create' AND record_type = 'person'",
        )
      ).rows.map((row) => row.record_id),
    );
    await reader.end();
    expect(acknowledged.filter((write) => !people.has(write.id) || !logged.has(write.id))).toEqual([]);
    // And the app serves normally afterwards.
    expect((await admin.request({ method: 'GET', url: '/api/v1/people?pageSize=1' })).statusCode).toBe(200);
  }, 60_000);
});
