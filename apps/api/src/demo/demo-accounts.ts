import { DataSource, In } from 'typeorm';
import { ApiTokenEntity } from '../auth/api-token.entity.js';
import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { demoPeople } from './demo-data.js';

/** The e-mail addresses of the demo accounts, whose password is published in the README. */
export const demoEmails: readonly string[] = demoPeople.map(({ email }) => email);

/** Outside demo mode the app does not start while any of these accounts exists. */
export async function countDemoAccounts(dataSource: DataSource): Promise<number> {
  return dataSource.getRepository(PersonEntity).countBy({ email: In([...demoEmails]) });
}

export class DemoAccountsPresentError extends Error {
  override name = 'DemoAccountsPresentError';
  constructor(count: number) {
    super(
      [
        `Deze database bevat ${count} demo-account(s) met het openbare demowachtwoord (zoals beheerder@leerkring.test); buiten demomodus start Leerkring dan niet.`,
        '  Begin met een lege database, of verwijder de demo-accounts na een build met:',
        '    pnpm --filter @leerkring/api admin remove-demo-accounts',
        '  (met dezelfde DATABASE_URL of SQLITE_PATH). Daarna maakt ADMIN_EMAIL/ADMIN_PASSWORD de eerste beheerder.',
        '  Alleen om te demonstreren: start in demomodus met `pnpm start` of LEERKRING_DEMO=true.',
      ].join('\n'),
    );
  }
}

/**
 * Takes the demo accounts out of use: they can no longer sign in (no password, inactive, another address, not an
 * administrator), and lose their roles, sessions and API tokens. The rows stay, because the demo records name who made
 * them; the access log keeps what they did.
 */
export async function removeDemoAccounts(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const people = await manager.getRepository(PersonEntity).findBy({ email: In([...demoEmails]) });
    for (const person of people) {
      await manager.getRepository(AuthSessionEntity).delete({ personId: person.id });
      await manager.getRepository(ApiTokenEntity).delete({ personId: person.id });
      await manager.getRepository(MembershipEntity).delete({ personId: person.id });
      await manager
        .getRepository(PersonEntity)
        .update(
          { id: person.id },
          { email: `verwijderd-${person.id}@leerkring.invalid`, passwordHash: null, active: false, isAdmin: false },
        );
    }
    return people.length;
  });
}
