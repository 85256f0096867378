import { EmailSchema, judgePassword, passwordReasons } from '@leerkring/domain';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/secrets.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from './person.entity.js';

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
  return dataSource.transaction(async (manager) => {
    if (await manager.getRepository(PersonEntity).existsBy({ isAdmin: true })) return 'exists';
    const organisations = manager.getRepository(OrganisationEntity);
    const organisation =
      (await organisations.findOneBy({ name: organisationName })) ??
      (await organisations.save({ name: organisationName, type: 'other', kvkNumber: null, oin: null }));
    if (await manager.getRepository(PersonEntity).existsBy({ email: address.data })) {
      await manager
        .getRepository(PersonEntity)
        .update({ email: address.data }, { isAdmin: true, active: true, passwordHash });
    } else {
      await manager
        .getRepository(PersonEntity)
        .save({ name, email: address.data, organisationId: organisation.id, passwordHash, isAdmin: true });
    }
    return 'created';
  });
}
