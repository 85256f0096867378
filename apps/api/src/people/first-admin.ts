import { EmailSchema, judgePassword, passwordReasons } from '@leerkring/domain';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../common/secrets.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { PeopleRepository } from './people.repository.js';

export class FirstAdminError extends Error {
  override name = 'FirstAdminError';
}

/**
 * Creates the first administrator when there is none: outside demo mode this is the only way in. Refuses a weak
 * password rather than creating an account anyone could guess.
 */
export async function ensureFirstAdmin(
  dataSource: DataSource,
  {
    email,
    password,
    name,
    organisationName,
  }: { email: string; password: string; name: string; organisationName: string },
): Promise<'created' | 'exists'> {
  const verdict = judgePassword(password);
  if (!verdict.ok) throw new FirstAdminError(`Wachtwoord van de eerste beheerder: ${passwordReasons[verdict.reason]}`);
  const address = EmailSchema.safeParse(email);
  if (!address.success) throw new FirstAdminError(`Geen geldig e-mailadres voor de eerste beheerder: ${email}`);
  // Hashed before the transaction: on SQLite every other transaction waits for a running one.
  const passwordHash = await hashPassword(password);
  // Runs before (or without) the Nest application, so it makes its own repositories; they hold no state.
  const people = new PeopleRepository();
  const organisations = new OrganisationsRepository();
  return dataSource.transaction(async (manager) => {
    if (await people.anyAdmin(manager)) return 'exists';
    const organisation =
      (await organisations.findByName(manager, organisationName)) ??
      (await organisations.create(manager, { name: organisationName, type: 'other', kvkNumber: null, oin: null }));
    if (await people.emailTaken(manager, address.data)) {
      await people.updateByEmail(manager, address.data, { isAdmin: true, active: true, passwordHash });
    } else {
      await people.create(manager, {
        name,
        email: address.data,
        organisationId: organisation.id,
        passwordHash,
        isAdmin: true,
      });
    }
    return 'created';
  });
}
