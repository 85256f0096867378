import { standardMethods } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { IntervisionMethodEntity } from './intervision-method.entity.js';

/**
 * The six methods of the reference, inserted when the method table is empty: at every start-up of the API (so they
 * exist outside demo mode too) and by the demo seed. Once there, they are the administrators' to change.
 */
export async function ensureStandardMethods(manager: EntityManager): Promise<void> {
  const methods = manager.getRepository(IntervisionMethodEntity);
  if ((await methods.count()) > 0) return;
  await methods.save(
    standardMethods.map((method) =>
      methods.create({
        code: method.code,
        name: method.name,
        description: method.description,
        phases: method.phases.map((phase) => ({ ...phase })),
      }),
    ),
  );
}
