import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BetterSqlite3 } from './better-sqlite3.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { IntervisionSessionEntity } from '../intervision/intervision-session.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/**
 * No acknowledged write is lost when requests run at the same time: on SQLite the app shares one connection, so its
 * transactions are queued (serial-transactions.ts); on PostgreSQL they run side by side on the pool. Whatever the API
 * answered 2xx is checked afterwards through a SECOND connection to the same database (SQLite: a file, not :memory:).
 */
describe('concurrent writes and live streams', () => {
  let test: TestApp;
  let directory: string | undefined;
  let admin: TestSession;
  let partner: TestSession;
  let organisationId: string;
  let teamId: string;
  let sessionId: string;
  let address: string;
  const acknowledged = { person: new Set<string>(), case: new Set<string>() };

  beforeAll(async () => {
    const onPostgres = Boolean(process.env.DATABASE_URL);
    if (!onPostgres) directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-concurrent-'));
    // Twenty tabs of one person refresh at once here: the stream caps (tested in live-streams.test.ts) are raised.
    const streamCaps = { STREAMS_PER_SESSION: '50', STREAMS_PER_PERSON: '50' };
    test = await startTestApp({
      demo: true,
      env: directory ? { ...streamCaps, SQLITE_PATH: path.join(directory, 'leerkring.sqlite') } : streamCaps,
    });
    admin = await test.signIn('beheerder@leerkring.test');
    partner = await test.signIn('partner@leerkring.test');
    organisationId = (
      await test.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ name: 'Welzijn Oude IJssel' })
    ).id;
    teamId = (
      await test.dataSource
        .getRepository(BuildingTeamEntity)
        .findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })
    ).id;
    sessionId = (
      await test.dataSource
        .getRepository(IntervisionSessionEntity)
        .findOneByOrFail({ buildingTeamId: teamId, status: 'planned' })
    ).id;
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    address = (await test.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await test?.close();
    if (directory) fs.rmSync(directory, { recursive: true, force: true });
  });

  const addPerson = (email: string) =>
    admin.request({
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: 'Gelijktijdig Aangemaakt', email, organisationId },
    });
  const bringInCase = (index: number) =>
    partner.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        buildingTeamId: teamId,
        title: `Gelijktijdige casus ${index}`,
        narrative: 'Een huishouden met veel professionals; de vraag ging over vervoer.',
        presentingQuestion: 'Vervoer naar de dagbesteding.',
        presentingDimensions: ['daily-functioning'],
        professionalsInvolved: 3,
        lifeDomains: ['social-network'],
      },
    });

  /** Opens the session's event stream, reads its snapshot and hangs up: a browser tab that refreshes. */
  async function refreshStream(): Promise<string> {
    const controller = new AbortController();
    try {
      const response = await fetch(`${address}/api/v1/intervision-sessions/${sessionId}/events`, {
        headers: { cookie: partner.headers.cookie! },
        signal: controller.signal,
      });
      if (response.status !== 200) return `status ${response.status}: ${await response.text()}`;
      const reader = response.body!.getReader();
      let text = '';
      while (!text.includes('\n\n')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text.startsWith('event: snapshot') ? 'snapshot' : `unexpected: ${text.slice(0, 200)}`;
    } finally {
      controller.abort();
    }
  }

  it('two simultaneous additions of the same e-mail: exactly one 201, the other 409, ten rounds', async () => {
    for (let round = 0; round < 10; round += 1) {
      const answers = await Promise.all([
        addPerson(`dubbel-${round}@gelijktijdig.test`),
        addPerson(`dubbel-${round}@gelijktijdig.test`),
      ]);
      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses, answers.map((answer) => answer.body).join('\n')).toEqual([201, 409]);
      for (const answer of answers)
        if (answer.statusCode === 201) acknowledged.person.add((answer.json() as { id: string }).id);
    }
  });

  it('people, cases and refused duplicates at once, while event streams open and close: 2xx for all but the duplicates', async () => {
    const streams: Promise<string>[] = [];
    const writes: Promise<void>[] = [];
    const duplicates: Promise<number[]>[] = [];
    for (let round = 0; round < 10; round += 1) {
      streams.push(refreshStream(), refreshStream());
      // A refused duplicate rolls its transaction back while the others' are running: that must take nothing with it.
      duplicates.push(
        Promise.all([
          addPerson(`samen-${round}@gelijktijdig.test`),
          addPerson(`samen-${round}@gelijktijdig.test`),
        ]).then((answers) => {
          for (const answer of answers)
            if (answer.statusCode === 201) acknowledged.person.add((answer.json() as { id: string }).id);
          return answers.map((answer) => answer.statusCode).sort();
        }),
      );
      writes.push(
        ...[0, 1, 2, 3].map(async (slot) => {
          const answer = await bringInCase(round * 4 + slot);
          expect(answer.statusCode, answer.body).toBe(201);
          acknowledged.case.add((answer.json() as { id: string }).id);
        }),
        ...[0, 1].map(async (slot) => {
          const answer = await addPerson(`tegelijk-${round}-${slot}@gelijktijdig.test`);
          expect(answer.statusCode, answer.body).toBe(201);
          acknowledged.person.add((answer.json() as { id: string }).id);
        }),
      );
    }
    await Promise.all(writes);
    expect(await Promise.all(duplicates)).toEqual(duplicates.map(() => [201, 409]));
    expect(await Promise.all(streams)).toEqual(streams.map(() => 'snapshot'));
    expect(acknowledged.case.size).toBe(40);
    expect(acknowledged.person.size).toBe(40);
  });

  it('every acknowledged person and case, and its access-log entry, is in the database seen through a second connection', async () => {
    const rows = await readThroughSecondConnection(test.config.DATABASE_URL, test.config.SQLITE_PATH);
    for (const [type, table] of [
      ['person', rows.person],
      ['case', rows.case],
    ] as const) {
      const missing = [...acknowledged[type]].filter((id) => !table.has(id));
      const unlogged = [...acknowledged[type]].filter((id) => !rows.logged.has(`${type}:${id}`));
      expect({ type, missing, unlogged }).toEqual({ type, missing: [], unlogged: [] });
    }
    // Nothing of the refused duplicates was stored: one person per e-mail.
    expect(rows.duplicateEmails).toBe(0);
  });
});

async function readThroughSecondConnection(databaseUrl: string | undefined, sqlitePath: string) {
  const queries = {
    person: 'SELECT id FROM person',
    case: 'SELECT id FROM case_record',
    logged: "SELECT record_type, record_id FROM access_log_entry WHERE event = 'create'",
    duplicates: 'SELECT COUNT(*) AS n FROM (SELECT email FROM person GROUP BY email HAVING COUNT(*) > 1) AS d',
  };
  let run: (sql: string) => Promise<Record<string, unknown>[]>;
  let end: () => Promise<void>;
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    run = async (sql) => (await client.query(sql)).rows as Record<string, unknown>[];
    end = () => client.end();
  } else {
    const db = new BetterSqlite3(sqlitePath, { readonly: true, fileMustExist: true });
    run = async (sql) => db.prepare(sql).all() as Record<string, unknown>[];
    end = async () => void db.close();
  }
  try {
    return {
      person: new Set((await run(queries.person)).map((row) => String(row.id))),
      case: new Set((await run(queries.case)).map((row) => String(row.id))),
      logged: new Set((await run(queries.logged)).map((row) => `${String(row.record_type)}:${String(row.record_id)}`)),
      duplicateEmails: Number((await run(queries.duplicates))[0]!.n),
    };
  } finally {
    await end();
  }
}
