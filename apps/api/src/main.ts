import { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { ConfigError, databaseKindOf, loadConfig } from './config/config.js';
import { isDatabaseEmpty, seedDemoData, shouldLoadDemoData } from './database/demo/seed.js';

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
    demo = `Demodata geladen: ${summary.organisations} organisaties, ${summary.regions} regio's, ${summary.buildingTeams} bouwteams, ${summary.learningGroups} leergroep.`;
  }
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
      '  Demo-accounts volgen met het issue over personen en toegang; tot dan is de app zonder aanmelden te bekijken.',
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
