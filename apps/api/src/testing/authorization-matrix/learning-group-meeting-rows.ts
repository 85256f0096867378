import type { OperationId } from '@leerkring/domain';
import { LearningGroupEntity } from '../../learning-groups/learning-group.entity.js';
import { all, incidentMethodId, personId, personas, type Fixtures, type Probe } from './fixtures.js';

/** The demo learning group, whose coordinator is coordinator@ (the only demo member). */
export const demoGroupId = async (f: Fixtures) =>
  (
    await f.test.dataSource
      .getRepository(LearningGroupEntity)
      .findOneByOrFail({ name: 'Financieren vanuit de bedoeling' })
  ).id;

/**
 * The rows of a learning group's meetings and lessons. The group's coordinator plans; a bouwteam partner outside the
 * group, and a coordinator of another region who is no member, get 404; the administrator holds no role (403).
 */
export const learningGroupMeetingRows = {
  createLearningGroupSession: {
    params: async (f) => ({ learningGroupId: await demoGroupId(f) }),
    body: async (f) => {
      const coordinator = await personId(f, personas.coordinator);
      return {
        methodId: await incidentMethodId(f),
        plannedDate: '2030-03-01',
        inbrengerId: coordinator,
        facilitatorId: coordinator,
        noteTakerId: coordinator,
      };
    },
    expect: { ...all(404), anonymous: 401, admin: 403, coordinator: 201, otherCoordinator: 404 },
  },
  listLearningGroupSessionCandidates: {
    params: async (f) => ({ learningGroupId: await demoGroupId(f) }),
    expect: { ...all(404), anonymous: 401, admin: 403, coordinator: 200, otherCoordinator: 404 },
  },
} satisfies Partial<Record<OperationId, Probe>>;
