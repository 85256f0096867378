/**
 * Administration from the command line.
 *   pnpm --filter @leerkring/api admin create-admin --email beheer@gemeente.nl --name "Naam" [--organisation "Gemeente X"]
 * The password is read from standard input (or LEERKRING_ADMIN_PASSWORD), never from the command line.
 *   pnpm --filter @leerkring/api admin backup --to FILE     (SQLite online backup, or pg_dump --format=custom)
 *   pnpm --filter @leerkring/api admin restore --from FILE  (into a SQLITE_PATH that does not exist yet, or an empty PostgreSQL database)
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from './config/config.js';
import { backupDatabase, restoreDatabase } from './database/backup.js';
import { openDatabase } from './database/data-source.js';
import { ensureFirstAdmin } from './people/first-admin.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' }, to: { type: 'string' }, from: { type: 'string' } },
});

const usage = [
  'Gebruik: admin create-admin --email <adres> [--name <naam>] [--organisation <organisatie>]',
  '         admin backup --to <bestand>',
  '         admin restore --from <bestand>',
].join('\n');

if (positionals[0] === 'backup' || positionals[0] === 'restore') {
  const file = positionals[0] === 'backup' ? values.to : values.from;
  if (!file) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  try {
    const config = loadConfig();
    const done = positionals[0] === 'backup' ? await backupDatabase(config, file) : await restoreDatabase(config, file);
    process.stdout.write(`${positionals[0] === 'backup' ? 'Backup gemaakt' : 'Backup teruggezet'}: ${file}\n  (${done})\n`);
    process.exit(0);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (positionals[0] !== 'create-admin' || !values.email) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}

const config = loadConfig();
const password =
  process.env.LEERKRING_ADMIN_PASSWORD ??
  (await (async () => {
    const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
    const answer = await prompt.question('Wachtwoord (minstens 12 tekens): ');
    prompt.close();
    return answer.trim();
  })());
const dataSource = await openDatabase(config);
try {
  const result = await ensureFirstAdmin(dataSource, {
    email: values.email,
    password,
    name: values.name ?? config.ADMIN_NAME,
    organisationName: values.organisation ?? config.ADMIN_ORGANISATION,
  });
  process.stdout.write(result === 'created' ? `Beheerder ${values.email} aangemaakt.\n` : 'Er is al een beheerder; er is niets veranderd.\n');
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await dataSource.destroy();
}
