/**
 * Administration from the command line.
 *   pnpm --filter @leerkring/api admin create-admin --email beheer@gemeente.nl --name "Naam" [--organisation "Gemeente X"]
 *     The password is read from standard input (or LEERKRING_ADMIN_PASSWORD), never from the command line.
 *   pnpm --filter @leerkring/api admin verify-access-log
 *     Checks the access log's hash chain; names the first broken entry and exits 1 when it is broken.
 *   pnpm --filter @leerkring/api admin backup --to FILE     (SQLite online backup, or pg_dump --format=custom)
 *   pnpm --filter @leerkring/api admin restore --from FILE  (into a SQLITE_PATH that does not exist yet, or an empty PostgreSQL database)
 *   pnpm --filter @leerkring/api admin remove-demo-accounts
 *     Removes the demo accounts (they can no longer sign in and lose their roles), so the production start is allowed.
 *   pnpm --filter @leerkring/api admin send-digest
 *     Sends the daily GALA e-mail now to everyone who opted in (SMTP_HOST and MAIL_FROM must be set).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { verifyAccessLogChain } from './access-log/access-log-chain.js';
import { loadConfig } from './config/config.js';
import { backupDatabase, restoreDatabase } from './persistence/backup.js';
import { removeDemoAccounts } from './demo/demo-accounts.js';
import { openMigratedDatabase } from './persistence/migrate.js';
import { ensureFirstAdmin } from './people/first-admin.js';
import { createApp } from './app.js';
import { GalaDigestService } from './gala-digest/gala-digest.service.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
    to: { type: 'string' },
    from: { type: 'string' },
  },
});

const usage =
  'Gebruik: admin create-admin --email <adres> [--name <naam>] [--organisation <organisatie>]\n' +
  '         admin verify-access-log\n' +
  '         admin backup --to <bestand>\n' +
  '         admin restore --from <bestand>\n' +
  '         admin remove-demo-accounts\n' +
  '         admin send-digest\n';
const command = positionals[0];
const valid =
  (command === 'create-admin' && values.email) ||
  command === 'verify-access-log' ||
  command === 'remove-demo-accounts' ||
  command === 'send-digest' ||
  (command === 'backup' && values.to) ||
  (command === 'restore' && values.from);
if (!valid) {
  process.stderr.write(usage);
  process.exit(2);
}

const config = loadConfig();
if (command === 'verify-access-log') await verifyAccessLog();
else if (command === 'backup' || command === 'restore')
  await backupOrRestore(command, (command === 'backup' ? values.to : values.from)!);
else if (command === 'remove-demo-accounts') await removeDemo();
else if (command === 'send-digest') await sendDigest();
else await createAdmin(values.email!);

/** The app without serving (migrated, as at start); the GALA e-mail sent now to everyone who opted in. */
async function sendDigest(): Promise<void> {
  const app = await createApp(config);
  try {
    const { sent, empty, failed } = await app.get(GalaDigestService).send({ everyone: true });
    process.stdout.write(
      `GALA-e-mail: ${sent} verstuurd, ${empty} zonder signalen (niets verstuurd), ${failed} mislukt.\n`,
    );
    if (failed > 0) process.exitCode = 1;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await app.close();
  }
}

async function removeDemo(): Promise<void> {
  const dataSource = await openMigratedDatabase(config);
  try {
    const removed = await removeDemoAccounts(dataSource);
    process.stdout.write(
      removed > 0
        ? `${removed} demo-account(s) verwijderd: ze kunnen niet meer aanmelden en hebben geen rollen meer.\n`
        : 'Er zijn geen demo-accounts; er is niets veranderd.\n',
    );
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

async function backupOrRestore(what: 'backup' | 'restore', file: string): Promise<void> {
  try {
    const done = what === 'backup' ? await backupDatabase(config, file) : await restoreDatabase(config, file);
    process.stdout.write(`${what === 'backup' ? 'Backup gemaakt' : 'Backup teruggezet'}: ${file}\n  (${done})\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

async function verifyAccessLog(): Promise<void> {
  const dataSource = await openMigratedDatabase(config);
  try {
    const result = await verifyAccessLogChain(dataSource);
    if (result.ok) {
      const head = result.head ? ` Laatste: #${result.head.seq} ${result.head.id} ${result.head.hash}.` : '';
      process.stdout.write(
        `Toegangslog in orde: ${result.chained} geketende regels, ${result.unchained} van voor de keten.${head}\n`,
      );
    } else {
      const { seq, id, reason } = result.broken;
      process.stdout.write(
        `Toegangslog GEBROKEN bij regel ${seq === null ? '(zonder volgnummer)' : `#${seq}`} ${id}: ${reason}. ${result.chained} regels ervoor kloppen.\n`,
      );
      process.exitCode = 1;
    }
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

async function createAdmin(email: string): Promise<void> {
  const password =
    process.env.LEERKRING_ADMIN_PASSWORD ??
    (await (async () => {
      const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
      const answer = await prompt.question('Wachtwoord (minstens 12 tekens): ');
      prompt.close();
      return answer.trim();
    })());
  const dataSource = await openMigratedDatabase(config);
  try {
    const result = await ensureFirstAdmin(dataSource, {
      email,
      password,
      name: values.name ?? config.ADMIN_NAME,
      organisationName: values.organisation ?? config.ADMIN_ORGANISATION,
    });
    process.stdout.write(
      result === 'created' ? `Beheerder ${email} aangemaakt.\n` : 'Er is al een beheerder; er is niets veranderd.\n',
    );
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}
