/**
 * One-time administration from the command line.
 *   pnpm --filter @leerkring/api admin create-admin --email beheer@gemeente.nl --name "Naam" [--organisation "Gemeente X"]
 * The password is read from standard input (or LEERKRING_ADMIN_PASSWORD), never from the command line.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from './config/config.js';
import { openDatabase } from './database/data-source.js';
import { ensureFirstAdmin } from './people/first-admin.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' } },
});

if (positionals[0] !== 'create-admin' || !values.email) {
  process.stderr.write('Gebruik: admin create-admin --email <adres> [--name <naam>] [--organisation <organisatie>]\n');
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
