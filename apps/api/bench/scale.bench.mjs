/*
 * Scale benchmark (issue #16): seeds 10k and 100k cases (1M too with BENCH_SIZES=10000,100000,1000000) into a scratch
 * PostgreSQL database with set-based SQL — 40 % in the partner's bouwteam, access-log rows twice as many — starts the
 * built API as a process of its own with the demo data, signs in as the demo partner, and drives the case list, the
 * search and a case read with BENCH_CONNECTIONS (10) concurrent connections for BENCH_SECONDS (10) each, printing
 * requests per second and p50/p95/p99. The load comes from this process through Node's own HTTP client (keep-alive),
 * closed loop: each connection sends its next request when the answer is in.
 * Run: `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm --filter @leerkring/api bench:scale`.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const baseUrl = process.env.DATABASE_URL;
if (!baseUrl?.startsWith('postgres')) {
  console.error('Set DATABASE_URL to a PostgreSQL server (a scratch database is made and dropped on it).');
  process.exit(1);
}
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3917);
const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

function request({ method = 'GET', url, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent,
        headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    outgoing.on('error', reject);
    if (body) outgoing.write(JSON.stringify(body));
    outgoing.end();
  });
}

async function scratchDatabase() {
  const name = `leerkring_scale_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function startApi(databaseUrl) {
  const child = spawn(process.execPath, ['dist/main.js', '--demo'], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST: '/nonexistent-web-dist',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await request({ url: '/api/v1/health' })).status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error('The API did not start within 150 s.');
}

/** Cases like the demo's (copied columns), varied titles, narratives, codes and moments; then access-log rows. */
async function seed(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: teams } = await client.query(`SELECT id, name FROM building_team ORDER BY name`);
  const team = teams.find((found) => found.name === 'Bouwteam Jeugd en Wmo Oude IJsselstreek').id;
  const others = teams.filter((found) => found.id !== team).map((found) => found.id);
  const batch = 100_000;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await client.query(
      `INSERT INTO case_record (building_team_id, title, narrative, presenting_question, presenting_dimensions,
         underlying_dimensions, life_domains, organisation_types_involved, legal_frameworks, status, brought_in_by_id,
         organisation_id, created_at, updated_at)
       SELECT CASE WHEN n % 5 < 2 THEN $1::uuid ELSE ($2::uuid[])[1 + n % cardinality($2::uuid[])] END,
         'Casus ' || n || ' over ' || (ARRAY['schulden', 'wonen', 'eenzaamheid', 'werk', 'school'])[1 + n % 5],
         'Het huishouden had ' || (ARRAY['vervoersproblemen', 'huurachterstand', 'ruzie', 'geen werk', 'schooluitval',
           'zorgen om geld', 'een kapotte fiets'])[1 + n % 7] || ' en de vraag lag dieper; casus nummer ' || n || '.',
         c.presenting_question, c.presenting_dimensions, c.underlying_dimensions,
         (ARRAY['["housing"]', '["finances"]', '["social-network"]', '[]', '["work-and-income"]'])[1 + n % 5],
         c.organisation_types_involved, (ARRAY['["jeugdwet"]', '["wmo-2015"]', '[]', '[]'])[1 + n % 4],
         (ARRAY['brought-in', 'discussed', 'closed'])[1 + n % 3], c.brought_in_by_id, c.organisation_id,
         now() - interval '2 days' - n * interval '1 minute', now() - interval '2 days'
       FROM generate_series($3::int, $4::int) AS n, (SELECT * FROM case_record LIMIT 1) AS c`,
      [team, others, from, to],
    );
  }
  const { rows: people } = await client.query(`SELECT id FROM person`);
  for (let from = 1; from <= count * 2; from += batch) {
    const to = Math.min(count * 2, from + batch - 1);
    await client.query(
      `INSERT INTO access_log_entry (occurred_at, event, record_type, record_id, record_owner_id, person_id,
         person_name, role, purpose, result)
       SELECT now() - interval '2 days' - n * interval '10 seconds', 'read', 'case', gen_random_uuid()::text,
         ($1::varchar[])[1 + (n * 7) % cardinality($1::varchar[])], ($1::varchar[])[1 + n % cardinality($1::varchar[])],
         'Iemand', 'partner', 'Casuïstiek bespreken in het bouwteam', 'allowed'
       FROM generate_series($2::int, $3::int) AS n`,
      [people.map((person) => person.id), from, to],
    );
  }
  await client.query('VACUUM ANALYZE case_record');
  await client.query('VACUUM ANALYZE access_log_entry');
  const { rows: sample } = await client.query(
    `SELECT id FROM case_record WHERE building_team_id = $1 ORDER BY created_at DESC LIMIT 200`,
    [team],
  );
  await client.end();
  return { team, caseIds: sample.map((row) => row.id) };
}

/** Closed loop: `connections` workers, each sending its next request when the last is answered, for `seconds`. */
async function drive(name, nextUrl, headers, duration = seconds) {
  const latencies = [];
  let errors = 0;
  const until = performance.now() + duration * 1000;
  let index = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const response = await request({ url: nextUrl(index++), headers });
        latencies.push(performance.now() - started);
        if (response.status !== 200) errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (fraction) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))];
  return {
    name,
    requests: latencies.length,
    perSecond: latencies.length / duration,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
  };
}

const results = [];
for (const size of sizes) {
  const scratch = await scratchDatabase();
  let api;
  try {
    // The API migrates and loads the demo data into the empty database, then the cases come in beside them.
    api = await startApi(scratch.url);
    const seedStarted = performance.now();
    const { team, caseIds } = await seed(scratch.url, size);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const login = await request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: 'partner@leerkring.test', password: process.env.DEMO_PASSWORD ?? 'leerkring-demo' },
    });
    if (login.status !== 200) throw new Error(`Sign-in: ${login.status} ${login.body}`);
    const cookie = [login.headers['set-cookie']]
      .flat()
      .map((value) => value.split(';')[0])
      .join('; ');
    const headers = { cookie };
    const words = ['vervoer', 'huurachterstand', 'schulden', 'kapotte fiets', 'schooluitval'];
    for (const [name, nextUrl] of [
      ['case list', (i) => `/api/v1/cases?buildingTeamId=${team}&page=${1 + (i % 5)}`],
      ['search', (i) => `/api/v1/cases?search=${encodeURIComponent(words[i % words.length])}`],
      ['case read', (i) => `/api/v1/cases/${caseIds[i % caseIds.length]}`],
    ]) {
      await drive(name, nextUrl, headers, 2); // warm-up, not counted
      const result = { size, seedSeconds, ...(await drive(name, nextUrl, headers)) };
      results.push(result);
      console.log(
        `${String(size).padStart(8)} cases  ${name.padEnd(10)} ${result.perSecond.toFixed(1).padStart(7)} req/s  ` +
          `p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  ` +
          `${result.errors} errors (${result.requests} requests; seeded in ${seedSeconds.toFixed(0)} s)`,
      );
    }
  } finally {
    api?.kill();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await scratch.drop();
  }
}
agent.destroy();
console.log(JSON.stringify(results));
