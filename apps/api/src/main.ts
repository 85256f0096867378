import { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { ConfigError, databaseKindOf, loadConfig } from './config/config.js';
import { countDemoAccounts, DemoAccountsPresentError } from './demo/demo-accounts.js';
import { demoPassword, demoPeople } from './demo/demo-data.js';
import { isDatabaseEmpty, seedDemoData, shouldLoadDemoData } from './demo/seed.js';
import { waitForDatabase } from './persistence/wait-for-database.js';
import { ensureFirstAdmin } from './people/first-admin.js';
import { GalaDigestTimer } from './gala-digest/gala-digest-timer.js';

/**
 * Serve: migrate, serve the API at /api/v1 and the web app at /. In demo mode (`pnpm start`, `--demo` or
 * LEERKRING_DEMO=true) the demo data goes into an empty database first; outside it the start is refused while a demo
 * account (with its published password) exists.
 */
async function main(): Promise<void> {
  const loaded = loadConfig();
  const config = { ...loaded, LEERKRING_DEMO: loaded.LEERKRING_DEMO || process.argv.includes('--demo') };
  const demoMode = config.LEERKRING_DEMO;
  const kind = databaseKindOf(config);
  await waitForDatabase(config);
  const app = await createApp(config);
  stopOnSignals(app, config.SHUTDOWN_TIMEOUT_SECONDS);
  const dataSource = app.get(DataSource);
  let demo = '';
  if (shouldLoadDemoData({ demoMode, empty: await isDatabaseEmpty(dataSource) })) {
    const summary = await seedDemoData(dataSource);
    demo = `Demodata geladen: ${summary.organisations} organisaties, ${summary.regions} regio's, ${summary.buildingTeams} bouwteams, ${summary.learningGroups} leergroep, ${summary.people} personen.`;
  }
  const demoAccounts = await countDemoAccounts(dataSource);
  if (!demoMode && demoAccounts > 0) {
    await app.close();
    throw new DemoAccountsPresentError(demoAccounts);
  }
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    const result = await ensureFirstAdmin(dataSource, {
      email: config.ADMIN_EMAIL,
      password: config.ADMIN_PASSWORD,
      name: config.ADMIN_NAME,
      organisationName: config.ADMIN_ORGANISATION,
    });
    if (result === 'created') demo += `${demo ? '\n  ' : ''}Eerste beheerder aangemaakt: ${config.ADMIN_EMAIL}`;
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  // The daily GALA e-mail: in production, when a mail server is configured (tests and the CLI send it themselves).
  const digest = config.NODE_ENV === 'production' && app.get(GalaDigestTimer).start();
  const url = `http://localhost:${config.PORT}`;
  const where = kind === 'sqlite' ? `SQLite: ${config.SQLITE_PATH}` : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(
    [
      '',
      `  Leerkring draait op ${url}`,
      `  API: ${url}/api/v1 · OpenAPI: ${url}/api/v1/openapi.json`,
      `  Database: ${where}`,
      ...(demo ? [`  ${demo}`] : []),
      ...(digest ? [`  Dagelijkse GALA-e-mail: vanaf ${config.GALA_DIGEST_HOUR}:00 uur`] : []),
      ...(demoMode ? ['  DEMOMODUS: fictieve gegevens en openbare demowachtwoorden. Niet voor echte gegevens.'] : []),
      ...(demoAccounts > 0
        ? [
            `  Demo-accounts (wachtwoord: ${demoPassword}):`,
            ...demoPeople.map(
              (person) =>
                `    ${person.email.padEnd(36)} ${person.isAdmin ? 'beheerder' : [...new Set(person.roles.map((held) => held.role))].join(', ')}`,
            ),
          ]
        : [
            '  Geen demo-accounts. Maak de eerste beheerder met ADMIN_EMAIL en ADMIN_PASSWORD, of: pnpm --filter @leerkring/api admin create-admin --email …',
          ]),
      '  Stoppen: Ctrl+C',
      '',
    ].join('\n') + '\n',
  );
}

/**
 * SIGTERM/SIGINT: stop accepting, close the event streams, let running requests finish (at most `timeoutSeconds`),
 * close the database and exit 0; exit 1 when the requests did not finish in time.
 */
function stopOnSignals(app: Awaited<ReturnType<typeof createApp>>, timeoutSeconds: number): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: Leerkring stopt; lopende verzoeken krijgen ${timeoutSeconds} s.\n`);
    const force = setTimeout(() => {
      process.stderr.write(
        `Lopende verzoeken niet binnen ${timeoutSeconds} s (SHUTDOWN_TIMEOUT_SECONDS) klaar; gestopt.\n`,
      );
      process.exit(1);
    }, timeoutSeconds * 1000);
    // Connections of requests that finish after the close began go idle later: close those too, not after keep-alive.
    const server = app.getHttpServer() as import('node:http').Server;
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    app.close().then(
      () => {
        clearTimeout(force);
        clearInterval(sweep);
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`Stoppen mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DemoAccountsPresentError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Leerkring kon niet starten: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
