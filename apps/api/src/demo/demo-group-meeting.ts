import { findIdentifiersInFields, type SessionProgress } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import type { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { IntervisionActionEntity } from '../intervision/intervision-action.entity.js';
import { IntervisionMethodEntity } from '../intervision/intervision-method.entity.js';
import { IntervisionMethodsRepository } from '../intervision/intervision-methods.repository.js';
import { IntervisionSessionEntity } from '../intervision/intervision-session.entity.js';
import { IntervisionNoteEntity } from '../intervision/session-text.entity.js';
import type { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { GroupLessonEntity } from '../lessons/group-lesson.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import type { PersonEntity } from '../people/person.entity.js';
import { demoLessons } from './demo-cases.js';

const day = 24 * 3600 * 1000;

/** Notes of the group's past meeting: about financing, never about persons. */
const notes = [
  'We bespreken hoe regio’s resultaatgericht inkopen zonder dat de productie de maat blijft.',
  'Afspraak: elke regio brengt volgende keer één contract mee waarin de bedoeling voorop staat.',
];
const openAction = 'Voorbeelden van contracten met een populatiebudget verzamelen voor de volgende bijeenkomst.';
const groupLessons = [
  {
    text: 'Een populatiebudget werkt alleen als de regio’s vooraf afspreken wat ze samen niet meer tellen.',
    theme: 'financing',
  },
  {
    text: 'Financiers aan tafel bij de casusbespreking maken afspraken over de bedoeling sneller concreet.',
    theme: 'collaboration',
  },
] as const;

/**
 * Demo of the learning group: a past meeting (ended, with notes and one open action) guided by its coordinator, two
 * lessons the group recorded from it, and a lesson of the Oude IJsselstreek bouwteam shared into the group by partner@.
 */
export async function seedDemoGroupMeeting(
  manager: EntityManager,
  group: LearningGroupEntity,
  team: BuildingTeamEntity,
  people: Map<string, PersonEntity>,
): Promise<void> {
  const texts = [...notes, openAction, ...groupLessons.map((lesson) => lesson.text)];
  if (findIdentifiersInFields(Object.fromEntries(texts.map((text, index) => [String(index), text]))).length > 0) {
    throw new Error('Demo group meeting text names a person');
  }
  await new IntervisionMethodsRepository().ensureStandard(manager);
  const method = await manager.getRepository(IntervisionMethodEntity).findOneByOrFail({ code: 'incident' });
  const person = (email: string) => people.get(email)!.id;
  const coordinator = person('coordinator@leerkring.test');
  const start = new Date(Date.now() - 42 * day);
  start.setUTCHours(10, 0, 0, 0);
  let cursor = start.getTime();
  const visits: SessionProgress['visits'][number][] = method.phases.map((phase, index) => {
    const enteredAt = new Date(cursor).toISOString();
    cursor += phase.timeboxMinutes * 60_000;
    return { phase: index, enteredAt, leftAt: new Date(cursor).toISOString() };
  });
  const sessions = manager.getRepository(IntervisionSessionEntity);
  const meeting = await sessions.save(
    sessions.create({
      buildingTeamId: null,
      learningGroupId: group.id,
      methodId: method.id,
      methodCode: method.code,
      methodName: method.name,
      phases: method.phases,
      caseIds: [],
      plannedDate: start.toISOString().slice(0, 10),
      status: 'ended',
      progress: { currentPhase: null, visits, revealedPhases: [] },
      inbrengerId: person('partner@leerkring.test'),
      facilitatorId: coordinator,
      noteTakerId: person('partner2@leerkring.test'),
      participantIds: [person('partner@leerkring.test'), person('partner2@leerkring.test')],
      startedAt: start,
      endedAt: new Date(cursor),
      createdById: coordinator,
    }),
  );
  for (const [index, text] of notes.entries()) {
    const phase = index === 0 ? 0 : method.phases.length - 1;
    await manager.getRepository(IntervisionNoteEntity).save({
      sessionId: meeting.id,
      phase,
      authorId: person('partner2@leerkring.test'),
      text,
      createdAt: new Date(Date.parse(visits[phase]!.enteredAt) + 60_000),
    });
  }
  await manager.getRepository(IntervisionActionEntity).save({
    sessionId: meeting.id,
    what: openAction,
    ownerId: person('partner@leerkring.test'),
    dueDate: new Date(start.getTime() + 28 * day).toISOString().slice(0, 10),
    status: 'open',
    createdById: person('partner2@leerkring.test'),
  });
  const lessons = manager.getRepository(GroupLessonEntity);
  for (const lesson of groupLessons) {
    await lessons.save(
      lessons.create({
        learningGroupId: group.id,
        text: lesson.text,
        theme: lesson.theme,
        dimensions: [],
        sessionIds: [meeting.id],
        sharedFromLessonId: null,
        sharedFromTeamId: null,
        sharedById: null,
        recordedById: person('partner2@leerkring.test'),
        withdrawnAt: null,
      }),
    );
  }
  // The bouwteam's lesson about financing is shared already; the others stay for partner@ to share in the browser.
  const source = await manager
    .getRepository(LessonEntity)
    .findOneBy({ buildingTeamId: team.id, text: demoLessons.find((lesson) => lesson.theme === 'financing')!.text });
  if (!source) return;
  await lessons.save(
    lessons.create({
      learningGroupId: group.id,
      text: source.text,
      theme: source.theme,
      dimensions: source.dimensions,
      sessionIds: [],
      sharedFromLessonId: source.id,
      sharedFromTeamId: team.id,
      sharedById: person('partner@leerkring.test'),
      recordedById: person('partner@leerkring.test'),
      withdrawnAt: null,
    }),
  );
}
