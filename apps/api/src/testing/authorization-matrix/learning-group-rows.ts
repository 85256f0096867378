import type { OperationId } from '@leerkring/domain';
import { MembershipEntity } from '../../memberships/membership.entity.js';
import { adminOnly, scratchPerson, signedIn, unique, type Fixtures, type Probe } from './fixtures.js';

/**
 * A learning group is its members': partner@ and partner2@ (each representing a region) and its coordinator read it;
 * the coordinator and the administrator change it, its other members get 403. Everyone else, the bouwteam members
 * outside it and another region's coordinator, gets 404.
 */
const readers = (status: number): Probe['expect'] => ({
  ...signedIn(404),
  admin: status,
  partner: status,
  partner2: status,
  coordinator: status,
  otherCoordinator: 404,
});
const writers = (status: number): Probe['expect'] => ({ ...readers(status), partner: 403, partner2: 403 });
const group = (f: Fixtures) => ({ learningGroupId: f.learningGroup });

/** A member added per cell, so each cell removes one of its own. */
const scratchMember = async (f: Fixtures) =>
  (
    await f.test.dataSource.getRepository(MembershipEntity).save({
      personId: await scratchPerson(f),
      contextType: 'learning-group',
      contextId: f.learningGroup,
      role: 'manager',
      representsRegionId: f.achterhoek,
    })
  ).id;

export const learningGroupRows = {
  getLearningGroup: { params: group, expect: readers(200) },
  createLearningGroup: {
    body: (f) => ({ name: `Leergroep ${unique()}`, regionIds: [f.achterhoek] }),
    expect: adminOnly(201),
  },
  updateLearningGroup: {
    params: group,
    body: () => ({ theme: 'Financiering' }),
    expect: writers(200),
  },
  addLearningGroupMember: {
    params: group,
    body: async (f) => ({ personId: await scratchPerson(f), role: 'manager', regionId: f.achterhoek }),
    expect: writers(201),
  },
  removeLearningGroupMember: {
    params: async (f) => ({ ...group(f), membershipId: await scratchMember(f) }),
    expect: writers(204),
  },
} satisfies Partial<Record<OperationId, Probe>>;
