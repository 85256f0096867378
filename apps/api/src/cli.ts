/**
 * One-time administration from the command line.
 *   pnpm --filter @leerkring/api admin create-admin --email beheer@gemeente.nl --name "Naam" [--organisation "Gemeente X"]
 *   pnpm --filter @leerkring/api admin remove-demo-accounts
 * The password is read from standard input (or LEERKRING_ADMIN_PASSWORD), never from the command line.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from './config/config.js';
import { openDatabase } from './database/data-source.js';
import { removeDemoAccounts } from './database/demo/demo-accounts.js';
import { ensureFirstAdmin } from './people/first-admin.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' } },
});

const command = positionals[0];
if (!(command === 'create-admin' && values.email) && command !== 'remove-demo-accounts') {
  process.stderr.write(
    'Gebruik: admin create-admin --email <adres> [--name <naam>] [--organisation <organisatie>]\n       admin remove-demo-accounts\n',
  );
  process.exit(2);
}

const config = loadConfig();
if (command === 'remove-demo-accounts') {
  const dataSource = await openDatabase(config);
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
} else {
  const email = values.email!;
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
      email,
      password,
      name: values.name ?? config.ADMIN_NAME,
      organisationName: values.organisation ?? config.ADMIN_ORGANISATION,
    });
    process.stdout.write(result === 'created' ? `Beheerder ${email} aangemaakt.\n` : 'Er is al een beheerder; er is niets veranderd.\n');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}
