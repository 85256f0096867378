import { randomUUID } from 'node:crypto';
import { fillPath, operations, type Operation, type OperationId } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { SystemObstacleEntity } from '../lessons/system-obstacle.entity.js';
import { demoGuidelineClauses } from '../demo/demo-cases.js';
import { RegistrationGuidelineEntity } from '../registration-guidelines/registration-guideline.entity.js';
import { apiRoutesOf } from '../common/http/http-setup.js';
import { IterationEntity } from '../agreements/iteration.entity.js';
import { AgreementEntity, AgreementVersionEntity } from '../agreements/agreement.entity.js';
import { IntervisionActionEntity } from '../intervision/intervision-action.entity.js';
import { IntervisionMethodEntity } from '../intervision/intervision-method.entity.js';
import { IntervisionSessionEntity } from '../intervision/intervision-session.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/**
 * Every route of the running app × anonymous, every role, the administrator, and a partner of another tenant, with the
 * status each must get. A route without a row here fails the test.
 */
const personas = {
  anonymous: null,
  admin: 'beheerder@leerkring.test',
  partner: 'partner@leerkring.test',
  partner2: 'partner2@leerkring.test',
  facilitator: 'facilitator@leerkring.test',
  coordinator: 'coordinator@leerkring.test',
  manager: 'manager@leerkring.test',
  experienceExpert: 'ervaringsdeskundige@leerkring.test',
  outsider: 'buiten@leerkring.test',
} as const;
type Persona = keyof typeof personas;
const personaNames = Object.keys(personas) as Persona[];

interface Fixtures {
  test: TestApp;
  oudeIJsselstreek: string;
  maastricht: string;
  achterhoek: string;
  organisation: string;
  municipality: string;
  person: string;
  oudeIJsselstreekCase: string;
  oudeIJsselstreekGuideline: string;
  oudeIJsselstreekLesson: string;
  oudeIJsselstreekObstacle: string;
  agreement: string;
  inForceVersion: string;
  proposedVersion: string;
}

interface Probe {
  params?: (
    fixtures: Fixtures,
    session: TestSession | null,
  ) => Promise<Record<string, string>> | Record<string, string>;
  query?: string | ((fixtures: Fixtures) => string);
  body?: (fixtures: Fixtures, persona: Persona) => Promise<unknown> | unknown;
  headers?: Record<string, string>;
  /** Sign in anew for this cell (the call ends or changes the session). */
  freshSession?: true;
  expect: Record<Persona, number>;
}

const all = (status: number): Record<Persona, number> =>
  Object.fromEntries(personaNames.map((name) => [name, status])) as Record<Persona, number>;
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
const adminOnly = (status: number) => ({ ...all(403), anonymous: 401, admin: status });
const unique = () => randomUUID().slice(0, 8);
/** Readers of the Oude IJsselstreek bouwteam's cases; the coordinator has no role there but does elsewhere (403), the outsider is a partner elsewhere (404). */
const caseReaders = (status: number): Record<Persona, number> => ({
  ...signedIn(status),
  admin: 403,
  coordinator: 403,
  outsider: 404,
});
const caseWriters = (status: number): Record<Persona, number> => ({
  ...caseReaders(status),
  manager: 403,
  experienceExpert: 403,
});

const scratchPerson = async (f: Fixtures) =>
  (
    await f.test.dataSource.getRepository(PersonEntity).save({
      name: 'Lid Matrix',
      email: `lid-${unique()}@leerkring.test`,
      organisationId: f.organisation,
      passwordHash: null,
    })
  ).id;

const pendingGrant = async (f: Fixtures) =>
  (
    await f.test.dataSource.getRepository(MembershipEntity).save({
      personId: await scratchPerson(f),
      contextType: 'building-team',
      contextId: f.maastricht,
      role: 'partner',
      status: 'pending',
      requestedById: await scratchPerson(f),
    })
  ).id;

/** Intervision: a person's id, the demo sessions, and scratch sessions made per cell so each cell starts from the same state. */
const personId = async (f: Fixtures, email: string) =>
  (await f.test.dataSource.getRepository(PersonEntity).findOneByOrFail({ email })).id;
const incidentMethodId = async (f: Fixtures) =>
  (await f.test.dataSource.getRepository(IntervisionMethodEntity).findOneByOrFail({ code: 'incident' })).id;
const demoSession = async (f: Fixtures, status: 'planned' | 'ended') =>
  (
    await f.test.dataSource
      .getRepository(IntervisionSessionEntity)
      .findOneByOrFail({ buildingTeamId: f.oudeIJsselstreek, status })
  ).id;
/** Inbrenger partner@, facilitator facilitator@, note-taker partner2@, participants manager@ and ervaringsdeskundige@. */
const scratchSession = async (f: Fixtures, status: 'planned' | 'running') => {
  const method = await f.test.dataSource.getRepository(IntervisionMethodEntity).findOneByOrFail({ code: 'incident' });
  const session = await f.test.dataSource.getRepository(IntervisionSessionEntity).save({
    buildingTeamId: f.oudeIJsselstreek,
    methodId: method.id,
    methodCode: method.code,
    methodName: method.name,
    phases: method.phases,
    plannedDate: '2030-01-15',
    status,
    progress:
      status === 'running'
        ? {
            currentPhase: 0,
            visits: [{ phase: 0, enteredAt: new Date().toISOString(), leftAt: null }],
            revealedPhases: [],
          }
        : { currentPhase: null, visits: [], revealedPhases: [] },
    caseIds: [],
    inbrengerId: await personId(f, personas.partner),
    facilitatorId: await personId(f, personas.facilitator),
    noteTakerId: await personId(f, personas.partner2),
    participantIds: [await personId(f, personas.manager), await personId(f, personas.experienceExpert)],
    startedAt: status === 'running' ? new Date() : null,
    endedAt: null,
    createdById: await personId(f, personas.facilitator),
  });
  return { sessionId: session.id };
};
/** Agreements: a scratch agreement of the Oude IJsselstreek bouwteam per cell, with one version in the given status. */
const scratchAgreement = async (f: Fixtures, status: 'concept' | 'proposed' | 'beta' | 'adopted') => {
  const author = await personId(f, personas.facilitator);
  const agreement = await f.test.dataSource.getRepository(AgreementEntity).save({
    buildingTeamId: f.oudeIJsselstreek,
    title: `Matrixafspraak ${unique()}`,
    scope: '',
    decisionRule: { kind: 'no-objection-and-share', share: 2 / 3 },
    createdById: author,
  });
  const version = await f.test.dataSource.getRepository(AgreementVersionEntity).save({
    agreementId: agreement.id,
    major: 0,
    minor: 1,
    status,
    clauses: [{ id: 'een', title: 'Eén', text: 'We bellen elkaar terug.' }],
    changelog: '',
    revision: 1,
    consentRound: status === 'concept' ? 0 : 1,
    basedOnVersionId: null,
    validFrom: null,
    validUntil: null,
    reviewDate: null,
    createdById: author,
    updatedById: author,
  });
  return { agreementId: agreement.id, versionId: version.id };
};
/** An iteration testing the demo agreement's version in force (or the given one), per cell; `adapted`: decided to adapt. */
const scratchIteration = async (
  f: Fixtures,
  of = { agreementId: f.agreement, versionId: f.inForceVersion },
  adapted = false,
) => {
  const iteration = await f.test.dataSource.getRepository(IterationEntity).save({
    ...of,
    clauseIds: [],
    title: `Matrixiteratie ${unique()}`,
    question: 'Werkt terugbellen binnen twee werkdagen?',
    prediction: '',
    plan: '',
    actions: '',
    observations: '',
    learning: adapted ? 'Het moet anders.' : '',
    phase: adapted ? 'decided' : 'plan',
    decision: adapted ? 'adapt' : null,
    startDate: null,
    endDate: null,
    createdById: await personId(f, personas.facilitator),
  });
  return { agreementId: of.agreementId, iterationId: iteration.id };
};
let adaptedIteration = '';
const agreementReaders = (status: number): Record<Persona, number> => ({
  ...signedIn(status),
  admin: 403,
  coordinator: 404,
  outsider: 404,
});
const demoVersion = (f: Fixtures) => ({ agreementId: f.agreement, versionId: f.proposedVersion });

/** Members of the Oude IJsselstreek bouwteam see its sessions; the coordinator (a role elsewhere) and the outsider get 404, the admin 403. */
const sessionReaders = (status: number): Record<Persona, number> => ({
  ...signedIn(status),
  admin: 403,
  coordinator: 404,
  outsider: 404,
});
/** Members who take part; `allowed` get `status`, the other members 403 (their role in the session does not allow it). */
const sessionRole = (status: number, allowed: Persona[]): Record<Persona, number> => ({
  ...sessionReaders(403),
  ...Object.fromEntries(allowed.map((persona) => [persona, status])),
});

const matrix: Record<OperationId, Probe> = {
  // Agreements belong to the bouwteam's members; writing concepts is for partners and facilitators, a stance for partners
  // (of their organisation), putting in force for facilitators and coordinators of the bouwteam.
  listAgreements: { expect: { ...signedIn(200), admin: 403 } },
  getAgreement: { params: (f) => ({ agreementId: f.agreement }), expect: agreementReaders(200) },
  createAgreement: {
    body: (f) => ({ context: { type: 'building-team', id: f.oudeIJsselstreek }, title: `Matrixafspraak ${unique()}` }),
    expect: caseWriters(201),
  },
  updateAgreement: {
    params: async (f) => ({ agreementId: (await scratchAgreement(f, 'adopted')).agreementId }),
    body: () => ({ scope: 'Uit de matrix.' }),
    expect: caseWriters(200),
  },
  listAgreementVersions: { params: (f) => ({ agreementId: f.agreement }), expect: agreementReaders(200) },
  getAgreementVersion: { params: demoVersion, expect: agreementReaders(200) },
  createAgreementVersion: {
    params: async (f) => ({ agreementId: (await scratchAgreement(f, 'adopted')).agreementId }),
    body: () => ({}),
    expect: caseWriters(201),
  },
  updateAgreementVersion: {
    params: (f) => scratchAgreement(f, 'concept'),
    headers: { 'if-match': '"1"' },
    body: () => ({ changelog: 'Uit de matrix.' }),
    expect: caseWriters(200),
  },
  changeAgreementVersionStatus: {
    params: (f) => scratchAgreement(f, 'concept'),
    body: () => ({ status: 'proposed' }),
    expect: caseWriters(200),
  },
  putAgreementVersionInForce: {
    params: (f) => scratchAgreement(f, 'beta'),
    body: () => ({ as: 'adopted', reviewDate: '2030-01-01' }),
    expect: { ...all(403), anonymous: 401, facilitator: 200, coordinator: 404 },
  },
  listAgreementConsents: { params: demoVersion, expect: agreementReaders(200) },
  createAgreementConsent: {
    params: (f) => scratchAgreement(f, 'proposed'),
    body: () => ({ stance: 'stand-aside' }),
    expect: { ...all(403), anonymous: 401, partner: 201, partner2: 201, outsider: 404 },
  },
  listAgreementClauseSources: {
    query: (f) => `?lessonId=${f.oudeIJsselstreekLesson}`,
    expect: { ...signedIn(200), admin: 403 },
  },
  getAgreementVersionHistory: { params: demoVersion, expect: agreementReaders(200) },
  listAgreementIterations: { params: (f) => ({ agreementId: f.agreement }), expect: agreementReaders(200) },
  getAgreementIteration: { params: (f) => scratchIteration(f), expect: agreementReaders(200) },
  createAgreementIteration: {
    params: (f) => ({ agreementId: f.agreement }),
    body: (f) => ({ versionId: f.inForceVersion, title: `Iteratie ${unique()}`, question: 'Werkt het?' }),
    expect: caseWriters(201),
  },
  updateAgreementIteration: {
    params: (f) => scratchIteration(f),
    body: () => ({ actions: 'Uit de matrix.' }),
    expect: caseWriters(200),
  },
  createAgreementIterationProposal: {
    // The body names the iteration the params just made (params run first).
    params: async (f) => {
      const scratch = await scratchAgreement(f, 'adopted');
      adaptedIteration = (await scratchIteration(f, scratch, true)).iterationId;
      return { agreementId: scratch.agreementId };
    },
    body: () => ({
      iterationId: adaptedIteration,
      title: 'Uit de iteratie',
      text: 'We bellen binnen drie werkdagen terug.',
    }),
    expect: caseWriters(201),
  },
  createAgreementLessonProposal: {
    params: async (f) => ({ agreementId: (await scratchAgreement(f, 'adopted')).agreementId }),
    body: (f) => ({
      lessonId: f.oudeIJsselstreekLesson,
      title: 'Uit de les',
      text: 'We spreken een casusregisseur af.',
    }),
    expect: caseWriters(201),
  },
  getAgreementVersionDiff: {
    params: demoVersion,
    query: (f) => `?against=${f.inForceVersion}`,
    expect: agreementReaders(200),
  },
  getAgreementVersionMarkdown: { params: demoVersion, expect: agreementReaders(200) },
  getAgreementVersionDocx: { params: demoVersion, expect: agreementReaders(200) },
  // The round of a version in force can no longer change: the stream answers it once and ends (an open one would not end here).
  getAgreementConsentEvents: {
    params: (f) => ({ agreementId: f.agreement, versionId: f.inForceVersion }),
    expect: agreementReaders(200),
  },
  getHealth: { expect: all(200) },
  getOpenApiDocument: { expect: all(200) },
  getSsoConfiguration: { expect: all(200) },
  // Single sign-on is not configured in this app: both ends of it do not exist, for anyone (see oidc/oidc.test.ts).
  startSsoLogin: { query: '?returnTo=%2F', expect: all(404) },
  completeSsoLogin: { query: '?code=abc&state=def', expect: all(404) },
  // Signing in ends the session the browser already had (no session fixation): not the persona's shared one.
  login: {
    freshSession: true,
    body: (_, persona) => ({ email: personas[persona] ?? personas.partner, password: 'leerkring-demo' }),
    expect: all(200),
  },
  logout: { freshSession: true, expect: all(204) },
  getMe: { expect: signedIn(200) },
  listMyApiTokens: { expect: signedIn(200) },
  createMyApiToken: { body: () => ({ name: `Koppeling ${unique()}` }), expect: signedIn(201) },
  revokeMyApiToken: {
    params: async ({ test }, session) => {
      if (!session) return { tokenId: randomUUID() };
      const created = await session.request({
        method: 'POST',
        url: '/api/v1/me/api-tokens',
        payload: { name: `Weg ${unique()}` },
      });
      return { tokenId: (created.json() as { id: string }).id };
    },
    expect: signedIn(204),
  },
  listMyRecordAccess: { expect: signedIn(200) },
  getOverview: { expect: signedIn(200) },
  listOrganisations: { expect: signedIn(200) },
  getOrganisation: { params: (f) => ({ organisationId: f.organisation }), expect: signedIn(200) },
  createOrganisation: { body: () => ({ name: `Stichting Matrix ${unique()}`, type: 'other' }), expect: adminOnly(201) },
  updateOrganisation: {
    params: (f) => ({ organisationId: f.organisation }),
    body: () => ({ kvkNumber: '09170001' }),
    expect: adminOnly(200),
  },
  listRegions: { expect: signedIn(200) },
  getRegion: { params: (f) => ({ regionId: f.achterhoek }), expect: signedIn(200) },
  createRegion: {
    body: (f) => ({ name: `Regio ${unique()}`, municipalityIds: [f.municipality] }),
    expect: adminOnly(201),
  },
  updateRegion: {
    params: (f) => ({ regionId: f.achterhoek }),
    body: () => ({ name: 'Achterhoek' }),
    expect: adminOnly(200),
  },
  listBuildingTeams: { expect: signedIn(200) },
  getBuildingTeam: {
    params: (f) => ({ buildingTeamId: f.oudeIJsselstreek }),
    // A bouwteam one is not part of does not exist for them: 404, never 403.
    expect: { ...signedIn(200), coordinator: 404, outsider: 404 },
  },
  createBuildingTeam: {
    body: (f) => ({
      name: `Bouwteam ${unique()}`,
      theme: 'wmo',
      startDate: '2026-01-01',
      municipalityId: f.municipality,
      partnerIds: [f.organisation],
    }),
    expect: adminOnly(201),
  },
  updateBuildingTeam: {
    params: (f) => ({ buildingTeamId: f.maastricht }),
    body: () => ({ description: 'Blauwe Zorg in de Wijk.' }),
    expect: adminOnly(200),
  },
  listLearningGroups: { expect: signedIn(200) },
  listPeople: { expect: adminOnly(200) },
  getPerson: { params: (f) => ({ personId: f.person }), expect: adminOnly(200) },
  createPerson: {
    body: (f) => ({
      name: 'Nieuwe Collega',
      email: `collega-${unique()}@leerkring.test`,
      organisationId: f.organisation,
    }),
    expect: adminOnly(201),
  },
  updatePerson: {
    params: (f) => ({ personId: f.person }),
    body: () => ({ name: 'Matrix Persoon' }),
    expect: adminOnly(200),
  },
  listMemberships: { expect: adminOnly(200) },
  createMembership: {
    body: async (f) => ({
      personId: await scratchPerson(f),
      contextType: 'building-team',
      contextId: f.maastricht,
      role: 'partner',
    }),
    expect: adminOnly(201),
  },
  deleteMembership: {
    params: async (f) => {
      const membership = await f.test.dataSource
        .getRepository(MembershipEntity)
        .save({ personId: await scratchPerson(f), contextType: 'region', contextId: f.achterhoek, role: 'manager' });
      return { membershipId: membership.id };
    },
    expect: adminOnly(204),
  },
  // Four eyes: a partner grant asked for by another administrator, decided by the admin persona.
  approveMembership: { params: async (f) => ({ membershipId: await pendingGrant(f) }), expect: adminOnly(200) },
  rejectMembership: { params: async (f) => ({ membershipId: await pendingGrant(f) }), expect: adminOnly(200) },
  createPasswordResetLink: { params: async (f) => ({ personId: await scratchPerson(f) }), expect: adminOnly(201) },
  // Public: an unknown link is refused for everyone alike.
  resetPassword: {
    body: () => ({ token: 'onbekende-herstellink', password: 'een-lange-zin-als-wachtwoord' }),
    expect: all(422),
  },
  listAccessLog: { expect: adminOnly(200) },
  exportAccessLog: { expect: adminOnly(200) },
  // Case contents belong to the bouwteam's members: the administrator manages the platform, not cases (403).
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
  getQuestionShiftInsight: { query: '', expect: { ...signedIn(200), admin: 403 } },
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
  listIntervisionMethods: { expect: signedIn(200) },
  getIntervisionMethod: { params: async (f) => ({ methodId: await incidentMethodId(f) }), expect: signedIn(200) },
  createIntervisionMethod: {
    body: () => ({
      code: `matrix-${unique()}`,
      name: { nl: 'Matrixmethode', en: 'Matrix method' },
      description: { nl: 'Om te proberen.', en: 'To try.' },
      phases: [
        {
          key: 'one',
          name: { nl: 'Eén', en: 'One' },
          prompt: { nl: 'Wat?', en: 'What?' },
          timeboxMinutes: 5,
          inputMode: 'open',
        },
      ],
    }),
    expect: adminOnly(201),
  },
  updateIntervisionMethod: {
    params: async (f) => ({ methodId: await incidentMethodId(f) }),
    body: () => ({
      description: { nl: 'Een concreet incident, samen onderzocht.', en: 'A concrete incident, examined together.' },
    }),
    expect: adminOnly(200),
  },
  // Sessions belong to the bouwteam's members: the admin has no role there (403), a partner elsewhere sees none (404).
  listIntervisionSessions: { expect: { ...signedIn(200), admin: 403 } },
  getIntervisionSession: {
    params: async (f) => ({ sessionId: await demoSession(f, 'planned') }),
    expect: sessionReaders(200),
  },
  createIntervisionSession: {
    body: async (f) => ({
      buildingTeamId: f.oudeIJsselstreek,
      methodId: await incidentMethodId(f),
      plannedDate: '2030-02-01',
      inbrengerId: await personId(f, personas.partner),
      facilitatorId: await personId(f, personas.facilitator),
      noteTakerId: await personId(f, personas.partner2),
      participantIds: [await personId(f, personas.experienceExpert)],
    }),
    // Planning is for partners and facilitators; managers and experience experts take part but do not plan (403).
    expect: { ...all(403), anonymous: 401, partner: 201, partner2: 201, facilitator: 201, outsider: 404 },
  },
  commandIntervisionSession: {
    params: (f) => scratchSession(f, 'planned'),
    body: () => ({ command: 'start' }),
    // Only the session's facilitator moves it through its phases.
    expect: { ...all(403), anonymous: 401, facilitator: 200, outsider: 404 },
  },
  // The stream of an ended session answers its snapshot and closes, so it can be probed like any other GET.
  getIntervisionSessionEvents: {
    params: async (f) => ({ sessionId: await demoSession(f, 'ended') }),
    expect: sessionReaders(200),
  },
  listIntervisionInputs: {
    params: async (f) => ({ sessionId: await demoSession(f, 'ended') }),
    expect: sessionReaders(200),
  },
  createIntervisionInput: {
    params: (f) => scratchSession(f, 'running'),
    body: () => ({ text: 'Welk incident kiezen we vandaag?' }),
    expect: sessionRole(201, ['partner', 'partner2', 'facilitator', 'manager', 'experienceExpert']),
  },
  listIntervisionNotes: {
    params: async (f) => ({ sessionId: await demoSession(f, 'ended') }),
    expect: sessionReaders(200),
  },
  createIntervisionNote: {
    params: (f) => scratchSession(f, 'running'),
    body: () => ({ text: 'We kiezen het incident van de overgang naar 18+.' }),
    expect: sessionRole(201, ['partner2']),
  },
  createIntervisionAction: {
    params: (f) => scratchSession(f, 'running'),
    body: () => ({ what: 'Het overgangsprotocol bespreken.', dueDate: '2030-03-01' }),
    expect: sessionRole(201, ['facilitator', 'partner2']),
  },
  updateIntervisionAction: {
    params: async (f) => {
      const action = await f.test.dataSource.getRepository(IntervisionActionEntity).save({
        sessionId: await demoSession(f, 'ended'),
        what: 'Matrixactie',
        ownerId: await personId(f, personas.partner),
        dueDate: '2030-03-01',
        status: 'open',
        createdById: await personId(f, personas.partner2),
      });
      return { actionId: action.id };
    },
    body: () => ({ status: 'done' }),
    // The owner, and the bouwteam's partners and facilitators.
    expect: sessionRole(200, ['partner', 'partner2', 'facilitator']),
  },
};

describe('the authorization matrix', () => {
  let test: TestApp;
  let fixtures: Fixtures;
  const sessions = new Map<Persona, TestSession>();

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const byName = async <T extends { id: string }>(entity: new () => T, name: string) =>
      (await test.dataSource.getRepository(entity).findOneByOrFail({ name } as never)).id;
    fixtures = {
      test,
      oudeIJsselstreek: await byName(BuildingTeamEntity, 'Bouwteam Jeugd en Wmo Oude IJsselstreek'),
      maastricht: await byName(BuildingTeamEntity, 'Blauwe Zorg in de Wijk Maastricht'),
      achterhoek: await byName(RegionEntity, 'Achterhoek'),
      organisation: await byName(OrganisationEntity, 'Zorggroep De Linde'),
      municipality: await byName(OrganisationEntity, 'Gemeente Aalten'),
      person: (
        await test.dataSource.getRepository(PersonEntity).save({
          name: 'Matrix Persoon',
          email: 'matrix@leerkring.test',
          organisationId: await byName(OrganisationEntity, 'Zorggroep De Linde'),
          passwordHash: null,
        })
      ).id,
      oudeIJsselstreekCase: '',
      oudeIJsselstreekGuideline: '',
      oudeIJsselstreekLesson: '',
      oudeIJsselstreekObstacle: '',
      agreement: '',
      inForceVersion: '',
      proposedVersion: '',
    };
    fixtures.agreement = (
      await test.dataSource
        .getRepository(AgreementEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek })
    ).id;
    fixtures.inForceVersion = (
      await test.dataSource
        .getRepository(AgreementVersionEntity)
        .findOneByOrFail({ agreementId: fixtures.agreement, status: 'beta' })
    ).id;
    fixtures.proposedVersion = (
      await test.dataSource
        .getRepository(AgreementVersionEntity)
        .findOneByOrFail({ agreementId: fixtures.agreement, status: 'proposed' })
    ).id;
    fixtures.oudeIJsselstreekLesson = (
      await test.dataSource
        .getRepository(LessonEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek, followUp: 'change-agreement' })
    ).id;
    fixtures.oudeIJsselstreekObstacle = (
      await test.dataSource
        .getRepository(SystemObstacleEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek })
    ).id;
    fixtures.oudeIJsselstreekCase = (
      await test.dataSource
        .getRepository(CaseEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek, status: 'discussed' })
    ).id;
    fixtures.oudeIJsselstreekGuideline = (
      await test.dataSource
        .getRepository(RegistrationGuidelineEntity)
        .findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek, status: 'in-force' })
    ).id;
    expect(await test.dataSource.getRepository(LearningGroupEntity).count()).toBe(1);
    for (const persona of personaNames) {
      const email = personas[persona];
      if (email) sessions.set(persona, await test.signIn(email));
    }
  });
  afterAll(async () => {
    await test.close();
  });

  it('has a row for every route the app serves, and a route for every row', () => {
    const served = apiRoutesOf(test.app);
    const declared = (Object.values(operations) as Operation[])
      .map((operation) => `${operation.method} /api/v1${operation.path.replace(/\{(\w+)\}/g, ':$1')}`)
      .sort();
    expect(served).toEqual(declared);
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(operations).sort());
  });

  const cells = (Object.entries(matrix) as [OperationId, Probe][]).flatMap(([operationId, probe]) =>
    personaNames.map((persona) => ({ operationId, persona, probe, status: probe.expect[persona] })),
  );

  it.each(cells)('$operationId as $persona → $status', async ({ operationId, persona, probe, status }) => {
    const operation: Operation = operations[operationId];
    let session = sessions.get(persona) ?? null;
    if (probe.freshSession && personas[persona]) session = await test.signIn(personas[persona]!);
    const params = probe.params ? await probe.params(fixtures, session) : {};
    const body = probe.body ? await probe.body(fixtures, persona) : undefined;
    const options = {
      method: operation.method,
      url: `/api/v1${fillPath({ path: operation.path, params })}${typeof probe.query === 'function' ? probe.query(fixtures) : (probe.query ?? '')}`,
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      ...(probe.headers ? { headers: probe.headers } : {}),
    };
    const response = session ? await session.request(options) : await test.request(options);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    if (status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
