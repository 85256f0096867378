/*
 * Benchmark of the GALA import: a 5,000-row workbook of the demo region Achterhoek (budget, milestones and actions of
 * its eight municipalities and the region as a whole), sent through the real app as the coordinator: preview, then
 * import. On SQLite (a file in a temporary folder), and on PostgreSQL when DATABASE_URL is set (a scratch database).
 * Not a test: it prints the figures. Run with `pnpm --filter @leerkring/api bench:gala-import` (builds first).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { galaImportSheets, xlsxMediaType } from '@leerkring/domain';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../dist/app.js';
import { loadConfig } from '../dist/config/config.js';
import { demoPassword } from '../dist/demo/demo-data.js';
import { seedDemoData } from '../dist/demo/seed.js';

const totalRows = Number(process.env.BENCH_ROWS ?? 5_000);
const subjects = [
  'Aalten',
  'Berkelland',
  'Bronckhorst',
  'Doetinchem',
  'Montferland',
  'Oost Gelre',
  'Oude IJsselstreek',
  'Winterswijk',
  'Regio als geheel',
];
const blocks = ['sport-exercise-culture', 'health-social-basis', 'supporting-parts'];
const years = [2023, 2024, 2025, 2026];
const header = (sheet) => galaImportSheets[sheet].columns.map((column) => column.header);
const day = (index) => new Date(Date.UTC(2023, 0, 1) + (index % 1_400) * 86_400_000);

/** Budget: every subject × block × year; the rest split between milestones (2 in 7) and actions, round robin. */
async function workbook() {
  const budget = [header('budget')];
  for (const subject of subjects)
    for (const block of blocks)
      for (const year of years) budget.push([subject, block, year, 10_000 + year, 5_000.5, null]);
  const milestones = [header('milestones')];
  const actions = [header('actions')];
  for (let index = 0; budget.length + milestones.length + actions.length - 3 < totalRows; index += 1) {
    const subject = subjects[index % subjects.length];
    if (index % 7 < 2)
      milestones.push([subject, null, `Mijlpaal ${index} van het plan`, day(index), 'gepland', null, null]);
    else
      actions.push([
        subject,
        `Beweegaanbod in de wijk, ronde ${index}`,
        index % 3 === 0 ? 'Leefstijlcoaches Achterhoek' : null,
        index % 2 === 0 ? 'loopt' : 'gepland',
        day(index),
      ]);
  }
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ['Begroting', budget],
    ['Mijlpalen', milestones],
    ['Acties', actions],
  ])
    book.addWorksheet(name).addRows(rows);
  return {
    bytes: Buffer.from(await book.xlsx.writeBuffer()),
    rows: budget.length + milestones.length + actions.length - 3,
  };
}

async function scratchPostgres(baseUrl) {
  const name = `leerkring_bench_${Date.now().toString(36)}`;
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

async function run(kind, file) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-bench-'));
  const scratch = kind === 'postgres' ? await scratchPostgres(process.env.DATABASE_URL) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent-web-dist',
    SQLITE_PATH: path.join(directory, 'bench.sqlite'),
    BODY_LIMIT_BYTES: '1048576',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  });
  const app = await createApp(config);
  try {
    await seedDemoData(app.get(DataSource));
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'coordinator@leerkring.test', password: demoPassword },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken, 'content-type': xlsxMediaType };
    const regions = await app.inject({ method: 'GET', url: '/api/v1/regions?pageSize=100', headers });
    const achterhoek = regions.json().items.find((region) => region.name === 'Achterhoek').id;
    const post = async (what) => {
      const started = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/regions/${achterhoek}/${what}`,
        headers,
        payload: file.bytes,
      });
      const ms = performance.now() - started;
      if (response.statusCode !== 200)
        throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 500)}`);
      const report = response.json();
      if (report.errors.length > 0) throw new Error(`${what}: ${JSON.stringify(report.errors.slice(0, 5))}`);
      return { ms, plans: report.plans.length };
    };
    const preview = await post('gala-import-previews');
    const imported = await post('gala-imports');
    const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `${kind.padEnd(8)} ${file.rows} rows (${(file.bytes.length / 1024).toFixed(0)} kB): preview ${seconds(preview.ms)}, ` +
        `import ${seconds(imported.ms)} (${imported.plans} plans), together ${seconds(preview.ms + imported.ms)}`,
    );
  } finally {
    await app.close();
    await scratch?.drop();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

// The column types follow DATABASE_URL when the modules load, so each database is measured in a process of its own.
const kind = process.env.BENCH_KIND;
if (kind === 'sqlite' || kind === 'postgres') await run(kind, await workbook());
else
  for (const each of process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']) {
    const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_KIND: each, ...(each === 'sqlite' ? { DATABASE_URL: '' } : {}) },
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
