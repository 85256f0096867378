import type { OperationId } from '@leerkring/domain';
import { demoGuidelineClauses } from '../../demo/demo-cases.js';
import { RegistrationGuidelineEntity } from '../../registration-guidelines/registration-guideline.entity.js';
import { signedIn, caseReaders, caseWriters, type Probe } from './fixtures.js';

/** The rows of cases, registration guidelines, lessons and system obstacles. */
export const caseRows = {
  listCases: { expect: { ...caseReaders(200), outsider: 200 } },
  getCase: { params: (f) => ({ caseId: f.oudeIJsselstreekCase }), expect: caseReaders(200) },
  getCaseHistory: { params: (f) => ({ caseId: f.oudeIJsselstreekCase }), expect: caseReaders(200) },
  createCase: {
    body: (f) => ({
      buildingTeamId: f.oudeIJsselstreek,
      title: 'Matrixcasus',
      narrative: 'Een situatie.',
      presentingQuestion: 'Een vraag.',
    }),
    expect: { ...caseWriters(201) },
  },
  updateCase: {
    params: (f) => ({ caseId: f.oudeIJsselstreekCase }),
    body: () => ({ status: 'discussed' }),
    expect: caseWriters(200),
  },
  listRegistrationGuidelines: { expect: { ...signedIn(200), admin: 403 } },
  getRegistrationGuideline: {
    params: (f) => ({ guidelineId: f.oudeIJsselstreekGuideline }),
    expect: { ...signedIn(200), admin: 403, coordinator: 404, outsider: 404 },
  },
  createRegistrationGuideline: {
    body: (f) => ({ buildingTeamId: f.oudeIJsselstreek, clauses: demoGuidelineClauses, changelog: 'Matrixversie' }),
    expect: caseWriters(201),
  },
  listLessons: { expect: { ...signedIn(200), admin: 403 } },
  getLesson: {
    params: (f) => ({ lessonId: f.oudeIJsselstreekLesson }),
    expect: { ...signedIn(200), admin: 403, coordinator: 404, outsider: 404 },
  },
  createLesson: {
    body: (f) => ({ buildingTeamId: f.oudeIJsselstreek, text: 'Een les uit de matrix.', theme: 'collaboration' }),
    expect: caseWriters(201),
  },
  updateLesson: {
    params: (f) => ({ lessonId: f.oudeIJsselstreekLesson }),
    body: () => ({ status: 'in-progress' }),
    expect: caseWriters(200),
  },
  listSystemObstacles: { expect: { ...signedIn(200), admin: 403 } },
  createSystemObstacle: {
    body: (f) => ({ buildingTeamId: f.oudeIJsselstreek, title: 'Matrixhobbel' }),
    expect: caseWriters(201),
  },
  updateSystemObstacle: {
    params: (f) => ({ obstacleId: f.oudeIJsselstreekObstacle }),
    body: () => ({ escalationStatus: 'escalated' }),
    expect: caseWriters(200),
  },
  updateRegistrationGuideline: {
    params: async (f) => {
      const guidelines = f.test.dataSource.getRepository(RegistrationGuidelineEntity);
      const latest = await guidelines.findOneOrFail({
        where: { buildingTeamId: f.oudeIJsselstreek },
        order: { version: 'DESC' },
      });
      const concept = await guidelines.save({
        buildingTeamId: f.oudeIJsselstreek,
        version: latest.version + 1,
        status: 'concept',
        clauses: demoGuidelineClauses,
        changelog: 'Concept',
        lessonIds: [],
        inForceSince: null,
      });
      return { guidelineId: concept.id };
    },
    body: () => ({ status: 'in-force' }),
    expect: caseWriters(200),
  },
} satisfies Partial<Record<OperationId, Probe>>;
