import type { OperationId } from '@leerkring/domain';
import { LearningGroupEntity } from '../../learning-groups/learning-group.entity.js';
import { GroupLessonEntity } from '../../lessons/group-lesson.entity.js';
import { LessonEntity } from '../../lessons/lesson.entity.js';
import { all, incidentMethodId, personId, personas, type Fixtures, type Probe } from './fixtures.js';

/** The demo learning group: coordinator@ coordinates it; partner@ and partner2@ represent Achterhoek and Twente in it. */
export const demoGroupId = async (f: Fixtures) =>
  (
    await f.test.dataSource
      .getRepository(LearningGroupEntity)
      .findOneByOrFail({ name: 'Financieren vanuit de bedoeling' })
  ).id;

/** A fresh copy of the Oude IJsselstreek bouwteam's lesson, made per cell, so each cell shares a lesson not yet shared. */
const scratchBouwteamLesson = async (f: Fixtures) => {
  const lessons = f.test.dataSource.getRepository(LessonEntity);
  const {
    id: _source,
    createdAt: _created,
    updatedAt: _updated,
    ...copy
  } = await lessons.findOneByOrFail({
    id: f.oudeIJsselstreekLesson,
  });
  return { lessonId: (await lessons.save(lessons.create(copy))).id };
};

/** A bouwteam lesson shared into the demo group by its coordinator, made per cell. */
const scratchSharedLesson = async (f: Fixtures) => {
  const coordinator = await personId(f, personas.coordinator);
  const lesson = await f.test.dataSource.getRepository(GroupLessonEntity).save({
    learningGroupId: await demoGroupId(f),
    text: 'Een gedeelde les uit de matrix.',
    sessionIds: [],
    dimensions: [],
    theme: 'financing',
    sharedFromLessonId: f.oudeIJsselstreekLesson,
    sharedFromTeamId: f.oudeIJsselstreek,
    sharedById: coordinator,
    recordedById: coordinator,
    withdrawnAt: null,
  });
  return { groupLessonId: lesson.id };
};
/**
 * Members of the demo group: its coordinator and the two partners; everyone else with a role finds no group (404), the
 * admin has none (403).
 */
const groupMembers = (status: number, partners = status) => ({
  ...all(404),
  anonymous: 401,
  admin: 403,
  coordinator: status,
  partner: partners,
  partner2: partners,
  otherCoordinator: 404,
});

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
    expect: groupMembers(201, 403),
  },
  listLearningGroupSessionCandidates: {
    params: async (f) => ({ learningGroupId: await demoGroupId(f) }),
    expect: groupMembers(200, 403),
  },
  listLearningGroupLessons: {
    params: async (f) => ({ learningGroupId: await demoGroupId(f) }),
    expect: groupMembers(200),
  },
  createLearningGroupLesson: {
    params: async (f) => ({ learningGroupId: await demoGroupId(f) }),
    body: () => ({ text: 'Bekostiging per huishouden geeft ruimte.', theme: 'financing' }),
    expect: groupMembers(201),
  },
  // The coordinator cannot see the bouwteam's lesson (404); the two partners, in both the bouwteam and the group, share it.
  shareLesson: {
    params: scratchBouwteamLesson,
    body: async (f) => ({ learningGroupId: await demoGroupId(f) }),
    expect: groupMembers(404, 201),
  },
  // The sharer (the coordinator here) or an administrator withdraws; anyone outside the group finds nothing.
  withdrawGroupLesson: {
    params: scratchSharedLesson,
    expect: { ...groupMembers(204, 403), admin: 204 },
  },
} satisfies Partial<Record<OperationId, Probe>>;
