import { findIdentifiersInFields } from '@leerkring/domain';
import { In, type EntityManager } from 'typeorm';
import type { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { IntervisionSessionEntity } from '../intervision/intervision-session.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import type { PersonEntity } from '../people/person.entity.js';
import { GuidelineClauseLessonEntity } from '../registration-guidelines/guideline-clause-lesson.entity.js';
import { RegistrationGuidelineEntity } from '../registration-guidelines/registration-guideline.entity.js';

/**
 * The lessons behind the clause "we do not record diagnoses" of the Oude IJsselstreek guideline in force (story 6):
 * each from demo cases and the past intervision session, so the manager reads the clause with the cases behind it.
 */
export const diagnosisLessons: { text: string; caseTitles: string[] }[] = [
  {
    text: 'Zodra een diagnose in de casus stond, ging het gesprek over het label in plaats van over de vraag. We leren van de situatie, niet van de diagnose.',
    caseTitles: ['Jongere tussen jeugdhulp en Wmo bij het 18e jaar', 'Mantelzorger raakt overbelast'],
  },
  {
    text: 'Partners aarzelden een casus in te brengen zolang de diagnose erbij moest; zonder diagnose kwamen casussen eerder en vollediger op tafel.',
    caseTitles: ['Mantelzorger raakt overbelast', 'Schulden en een dreigende huisuitzetting'],
  },
  {
    text: 'Een diagnose hoort in het dossier van de hulpverlener. In de leerkring maakt ze een situatie herkenbaar zonder dat we er meer van leren.',
    caseTitles: ['Schulden en een dreigende huisuitzetting'],
  },
];

export async function seedDemoGuidelineReasons(
  manager: EntityManager,
  team: BuildingTeamEntity,
  people: Map<string, PersonEntity>,
): Promise<void> {
  if (
    findIdentifiersInFields(Object.fromEntries(diagnosisLessons.map((lesson, i) => [String(i), lesson.text]))).length
  ) {
    throw new Error('Demo lesson text names a person');
  }
  const cases = await manager.getRepository(CaseEntity).findBy({
    buildingTeamId: team.id,
    title: In([...new Set(diagnosisLessons.flatMap((lesson) => lesson.caseTitles))]),
  });
  const caseId = (title: string) => cases.find((found) => found.title === title)!.id;
  const session = await manager
    .getRepository(IntervisionSessionEntity)
    .findOneByOrFail({ buildingTeamId: team.id, status: 'ended' });
  const guideline = await manager
    .getRepository(RegistrationGuidelineEntity)
    .findOneByOrFail({ buildingTeamId: team.id, status: 'in-force' });
  const lessonIds: string[] = [];
  for (const lesson of diagnosisLessons) {
    const saved = await manager.save(LessonEntity, {
      buildingTeamId: team.id,
      text: lesson.text,
      caseIds: lesson.caseTitles.map(caseId),
      sessionIds: [session.id],
      dimensions: [],
      theme: 'registration',
      followUp: 'change-guideline',
      status: 'done',
      recordedById: people.get('facilitator@leerkring.test')!.id,
    });
    lessonIds.push(saved.id);
  }
  await manager.getRepository(GuidelineClauseLessonEntity).insert(
    lessonIds.map((lessonId, position) => ({
      guidelineId: guideline.id,
      field: 'diagnosis' as const,
      lessonId,
      position,
    })),
  );
}
