import { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { ConfigError, databaseKindOf, loadConfig } from './config/config.js';
import { demoPassword, demoPeople } from './database/demo/demo-data.js';
import { isDatabaseEmpty, seedDemoData, shouldLoadDemoData } from './database/demo/seed.js';
import { ensureFirstAdmin } from './people/first-admin.js';
import { PersonEntity } from './people/person.entity.js';

/**
 * `pnpm start`: migrate, load the demo data into an empty SQLite database (PostgreSQL only with --demo), serve the
 * API at /api/v1 and the web app at /.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const kind = databaseKindOf(config);
  const app = await createApp(config);
  const dataSource = app.get(DataSource);
  const demoAsked = process.argv.includes('--demo');
  let demo = '';
  if (shouldLoadDemoData({ kind, demoAsked, empty: await isDatabaseEmpty(dataSource) })) {
    const summary = await seedDemoData(dataSource);
    demo = `Demodata geladen: ${summary.organisations} organisaties, ${summary.regions} regio's, ${summary.buildingTeams} bouwteams, ${summary.learningGroups} leergroep, ${summary.people} personen.`;
  }
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    const result = await ensureFirstAdmin(dataSource, {
      email: config.ADMIN_EMAIL,
      password: config.ADMIN_PASSWORD,
      name: config.ADMIN_NAME,
      organisationName: config.ADMIN_ORGANISATION,
    });
    if (result === 'created') demo += `\n  Eerste beheerder aangemaakt: ${config.ADMIN_EMAIL}`;
  }
  const demoAccounts = await dataSource.getRepository(PersonEntity).count({ where: demoPeople.map(({ email }) => ({ email })) });
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${config.PORT}`;
  const where = kind === 'sqlite' ? `SQLite: ${config.SQLITE_PATH}` : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(
    [
      '',
      `  Leerkring draait op ${url}`,
      `  API: ${url}/api/v1 · OpenAPI: ${url}/api/v1/openapi.json`,
      `  Database: ${where}`,
      ...(demo ? [`  ${demo}`] : []),
      ...(demoAccounts > 0
        ? [`  Demo-accounts (wachtwoord: ${demoPassword}):`, ...demoPeople.map((person) => `    ${person.email.padEnd(36)} ${person.isAdmin ? 'beheerder' : [...new Set(person.roles.map((held) => held.role))].join(', ')}`)]
        : ['  Geen demo-accounts. Maak de eerste beheerder met ADMIN_EMAIL en ADMIN_PASSWORD, of: pnpm --filter @leerkring/api admin create-admin --email …']),
      '  Stoppen: Ctrl+C',
      '',
    ].join('\n') + '\n',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Leerkring kon niet starten: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
