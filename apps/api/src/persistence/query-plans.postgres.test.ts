import { CasePageSchema } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/** The big tables: no list, search or access-log query may read one of them whole. */
const bigTables = ['case_record', 'lesson', 'access_log_entry'];
const caseCount = 100_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

/**
 * At 100k cases (and lessons and access-log rows in proportion), the SQL the API really sends for its lists and
 * searches — captured from the query runners while real requests run — is explained by PostgreSQL: no sequential scan
 * of a big table. Seeded with set-based SQL, then VACUUM ANALYZE, as an operator's database would be.
 */
describe(`query plans at ${caseCount} cases`, () => {
  let test: TestApp;
  let partner: TestSession;
  let team: string;
  const captured: { sql: string; parameters: unknown[] }[] = [];
  let capturing = false;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const driver = test.dataSource.driver;
    const create = driver.createQueryRunner.bind(driver);
    driver.createQueryRunner = (mode) => {
      const runner = create(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
        if (capturing) captured.push({ sql, parameters: parameters ?? [] });
        return query(sql, parameters, structured as true);
      }) as typeof runner.query;
      return runner;
    };
    partner = await test.signIn('partner@leerkring.test');
    const seeder = test.dataSource.createQueryRunner();
    await seeder.query('SET statement_timeout = 0');
    const teams = (await seeder.query(`SELECT id, name FROM building_team ORDER BY name`)) as {
      id: string;
      name: string;
    }[];
    team = teams.find((found) => found.name === 'Bouwteam Jeugd en Wmo Oude IJsselstreek')!.id;
    const others = teams.filter((found) => found.id !== team).map((found) => found.id);
    // Seeding takes longer than the app's statement timeout on a busy machine: the seeder's connection has none.
    // 40 % in the partner's bouwteam, the rest spread over the others; a title and narrative of varied words.
    await seeder.query(
      `INSERT INTO case_record (building_team_id, title, narrative, presenting_question, presenting_dimensions,
         underlying_dimensions, life_domains, organisation_types_involved, legal_frameworks, status, brought_in_by_id,
         organisation_id, created_at, updated_at)
       SELECT CASE WHEN n % 5 < 2 THEN $1::uuid ELSE ($2::uuid[])[1 + n % cardinality($2::uuid[])] END,
         'Casus ' || n || ' over ' || (ARRAY['schulden', 'wonen', 'eenzaamheid', 'werk', 'school'])[1 + n % 5],
         'Het huishouden had ' || (ARRAY['vervoersproblemen', 'huurachterstand', 'ruzie', 'geen werk', 'schooluitval',
           'zorgen om geld', 'een kapotte fiets'])[1 + n % 7] || ' en de vraag lag dieper; casus nummer ' || n || '.',
         c.presenting_question, c.presenting_dimensions, c.underlying_dimensions,
         (ARRAY['["housing"]', '["finances"]', '["social-network"]', '[]', '["work-and-income"]'])[1 + n % 5],
         c.organisation_types_involved,
         (ARRAY['["jeugdwet"]', '["wmo-2015"]', '[]', '[]'])[1 + n % 4],
         (ARRAY['brought-in', 'discussed', 'closed'])[1 + n % 3], c.brought_in_by_id, c.organisation_id,
         now() - interval '2 days' - n * interval '1 minute', now() - interval '2 days'
       FROM generate_series(1, ${caseCount}) AS n, (SELECT * FROM case_record LIMIT 1) AS c`,
      [team, others],
    );
    await seeder.query(
      `INSERT INTO lesson (building_team_id, text, case_ids, session_ids, dimensions, theme, follow_up, status,
         recorded_by_id, created_at, updated_at)
       SELECT CASE WHEN n % 5 < 2 THEN $1::uuid ELSE ($2::uuid[])[1 + n % cardinality($2::uuid[])] END,
         l.text || ' ' || n, l.case_ids, l.session_ids, l.dimensions, l.theme, l.follow_up, l.status, l.recorded_by_id,
         now() - interval '2 days' - n * interval '5 minutes', now() - interval '2 days'
       FROM generate_series(1, ${caseCount / 5}) AS n, (SELECT * FROM lesson LIMIT 1) AS l`,
      [team, others],
    );
    const people = (await seeder.query(`SELECT id FROM person`)) as { id: string }[];
    await seeder.query(
      `INSERT INTO access_log_entry (occurred_at, event, record_type, record_id, record_owner_id, person_id,
         person_name, role, organisation_id, organisation_name, purpose, result)
       SELECT now() - interval '2 days' - n * interval '10 seconds', 'read', 'case', gen_random_uuid()::text,
         ($1::varchar[])[1 + (n * 7) % cardinality($1::varchar[])], ($1::varchar[])[1 + n % cardinality($1::varchar[])],
         'Iemand', 'partner', NULL, NULL, 'Casuïstiek bespreken in het bouwteam', 'allowed'
       FROM generate_series(1, ${caseCount * 2}) AS n`,
      [people.map((person) => person.id)],
    );
    for (const table of bigTables) await seeder.query(`VACUUM ANALYZE ${table}`);
    await seeder.query('RESET statement_timeout');
    await seeder.release();
  }, 300_000);
  afterAll(async () => {
    await test.close();
  });

  it('lists, searches and reads the access log without a sequential scan of a big table', async () => {
    const manager = await test.signIn('manager@leerkring.test');
    const admin = await test.signIn('beheerder@leerkring.test');
    const first = CasePageSchema.parse(
      (await partner.request({ method: 'GET', url: `/api/v1/cases?buildingTeamId=${team}` })).json(),
    );
    expect(first.meta.totalIsLowerBound).toBe(true);
    const requests: [TestSession, string][] = [
      [partner, `/api/v1/cases?buildingTeamId=${team}`],
      [partner, `/api/v1/cases?buildingTeamId=${team}&page=40`],
      [partner, `/api/v1/cases?buildingTeamId=${team}&after=${first.meta.nextCursor}`],
      [partner, '/api/v1/cases'],
      [partner, `/api/v1/cases?buildingTeamId=${team}&status=closed`],
      [partner, `/api/v1/cases?lifeDomain=housing&legalFramework=jeugdwet`],
      [partner, '/api/v1/cases?search=vervoer'],
      [partner, '/api/v1/cases?search=kapotte%20fiets'],
      [manager, '/api/v1/cases?search=schulden'],
      [manager, `/api/v1/cases?buildingTeamId=${team}`],
      [partner, `/api/v1/lessons?buildingTeamId=${team}`],
      [partner, '/api/v1/lessons'],
      [partner, '/api/v1/me/access-log'],
      [admin, '/api/v1/access-log'],
      [admin, `/api/v1/access-log?personId=${partner.personId}`],
    ];
    capturing = true;
    for (const [session, url] of requests) {
      const response = await session.request({ method: 'GET', url });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    }
    capturing = false;
    const reads = captured.filter(
      ({ sql }) =>
        /^\s*SELECT/i.test(sql) && bigTables.some((table) => sql.includes(`"${table}"`) || sql.includes(` ${table} `)),
    );
    expect(reads.length).toBeGreaterThan(requests.length);
    const scanning: string[] = [];
    for (const { sql, parameters } of reads) {
      const [explained] = await test.dataSource.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
        `EXPLAIN (FORMAT JSON) ${sql}`,
        parameters,
      );
      const tables = seqScans(explained!['QUERY PLAN'][0].Plan).filter((table) => bigTables.includes(table));
      if (tables.length > 0) scanning.push(`${tables.join(', ')}: ${sql}`);
    }
    expect(scanning).toEqual([]);
  });
});
