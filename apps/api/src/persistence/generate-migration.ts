/**
 * Generates a migration for one kind of database from the difference between the entities and a database migrated
 * with the existing migrations, as `typeorm migration:generate` does.
 * Usage: node dist/persistence/generate-migration.js <Name>   (DATABASE_URL set → PostgreSQL, absent → SQLite)
 * Run it once without and once with DATABASE_URL; review both files, then add them to the kind's index.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { databaseKindOf, loadConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Give the migration a name in PascalCase, e.g. AddCases');
  process.exit(2);
}
const config = loadConfig();
const kind = databaseKindOf(config);
const scratch = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-migrate-')), 'scratch.sqlite');
const dataSource = new DataSource(dataSourceOptions({ ...config, SQLITE_PATH: scratch }));
await dataSource.initialize();
await dataSource.runMigrations({ transaction: 'each' });
const sql = await dataSource.driver.createSchemaBuilder().log();
await dataSource.destroy();
if (sql.upQueries.length === 0) {
  console.log(`No changes for ${kind}.`);
  process.exit(0);
}
const timestamp = Date.now();
const className = `${name}${timestamp}`;
const quote = (query: string) => '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
const down = sql.downQueries
  .reverse()
  .map((q) => `    await queryRunner.query(${quote(q.query)});`)
  .join('\n');
const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
const target = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/persistence/migrations',
  kind,
  `${timestamp}-${name}.ts`,
);
fs.writeFileSync(target, file);
console.log(`Wrote ${path.relative(process.cwd(), target)}; add ${className} to migrations/${kind}/index.ts.`);
