import { randomUUID } from 'node:crypto';
import { fillPath, operations, type Operation, type OperationId } from '@leerkring/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { demoGuidelineClauses } from '../database/demo/demo-cases.js';
import { RegistrationGuidelineEntity } from '../registration-guidelines/registration-guideline.entity.js';
import { apiRoutesOf } from '../common/http/http-setup.js';
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
}

interface Probe {
  params?: (fixtures: Fixtures, session: TestSession | null) => Promise<Record<string, string>> | Record<string, string>;
  query?: string;
  body?: (fixtures: Fixtures, persona: Persona) => Promise<unknown> | unknown;
  /** Sign in anew for this cell (the call ends or changes the session). */
  freshSession?: true;
  expect: Record<Persona, number>;
}

const all = (status: number): Record<Persona, number> => Object.fromEntries(personaNames.map((name) => [name, status])) as Record<Persona, number>;
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
const caseWriters = (status: number): Record<Persona, number> => ({ ...caseReaders(status), manager: 403, experienceExpert: 403 });

const scratchPerson = async (f: Fixtures) =>
  (await f.test.dataSource.getRepository(PersonEntity).save({ name: 'Lid Matrix', email: `lid-${unique()}@leerkring.test`, organisationId: f.organisation, passwordHash: null })).id;

const matrix: Record<OperationId, Probe> = {
  getHealth: { expect: all(200) },
  getOpenApiDocument: { expect: all(200) },
  getSsoConfiguration: { expect: all(200) },
  // Single sign-on is not configured in this app: both ends of it do not exist, for anyone (see oidc/oidc.test.ts).
  startSsoLogin: { query: '?returnTo=%2F', expect: all(404) },
  completeSsoLogin: { query: '?code=abc&state=def', expect: all(404) },
  login: {
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
      const created = await session.request({ method: 'POST', url: '/api/v1/me/api-tokens', payload: { name: `Weg ${unique()}` } });
      return { tokenId: (created.json() as { id: string }).id };
    },
    expect: signedIn(204),
  },
  listMyRecordAccess: { expect: signedIn(200) },
  getOverview: { expect: signedIn(200) },
  listOrganisations: { expect: signedIn(200) },
  getOrganisation: { params: (f) => ({ organisationId: f.organisation }), expect: signedIn(200) },
  createOrganisation: { body: () => ({ name: `Stichting Matrix ${unique()}`, type: 'other' }), expect: adminOnly(201) },
  updateOrganisation: { params: (f) => ({ organisationId: f.organisation }), body: () => ({ kvkNumber: '09170001' }), expect: adminOnly(200) },
  listRegions: { expect: signedIn(200) },
  getRegion: { params: (f) => ({ regionId: f.achterhoek }), expect: signedIn(200) },
  createRegion: { body: (f) => ({ name: `Regio ${unique()}`, municipalityIds: [f.municipality] }), expect: adminOnly(201) },
  updateRegion: { params: (f) => ({ regionId: f.achterhoek }), body: () => ({ name: 'Achterhoek' }), expect: adminOnly(200) },
  listBuildingTeams: { expect: signedIn(200) },
  getBuildingTeam: {
    params: (f) => ({ buildingTeamId: f.oudeIJsselstreek }),
    // A bouwteam one is not part of does not exist for them: 404, never 403.
    expect: { ...signedIn(200), coordinator: 404, outsider: 404 },
  },
  listLearningGroups: { expect: signedIn(200) },
  listPeople: { expect: adminOnly(200) },
  getPerson: { params: (f) => ({ personId: f.person }), expect: adminOnly(200) },
  createPerson: {
    body: (f) => ({ name: 'Nieuwe Collega', email: `collega-${unique()}@leerkring.test`, organisationId: f.organisation }),
    expect: adminOnly(201),
  },
  updatePerson: { params: (f) => ({ personId: f.person }), body: () => ({ name: 'Matrix Persoon' }), expect: adminOnly(200) },
  listMemberships: { expect: adminOnly(200) },
  createMembership: {
    body: async (f) => ({ personId: await scratchPerson(f), contextType: 'building-team', contextId: f.maastricht, role: 'partner' }),
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
  listAccessLog: { expect: adminOnly(200) },
  exportAccessLog: { expect: adminOnly(200) },
  // Case contents belong to the bouwteam's members: the administrator manages the platform, not cases (403).
  listCases: { expect: { ...caseReaders(200), outsider: 200 } },
  getCase: { params: (f) => ({ caseId: f.oudeIJsselstreekCase }), expect: caseReaders(200) },
  getCaseHistory: { params: (f) => ({ caseId: f.oudeIJsselstreekCase }), expect: caseReaders(200) },
  createCase: {
    body: (f) => ({ buildingTeamId: f.oudeIJsselstreek, title: 'Matrixcasus', narrative: 'Een situatie.', presentingQuestion: 'Een vraag.' }),
    expect: { ...caseWriters(201) },
  },
  updateCase: { params: (f) => ({ caseId: f.oudeIJsselstreekCase }), body: () => ({ status: 'discussed' }), expect: caseWriters(200) },
  listRegistrationGuidelines: { expect: { ...signedIn(200), admin: 403 } },
  getRegistrationGuideline: {
    params: (f) => ({ guidelineId: f.oudeIJsselstreekGuideline }),
    expect: { ...signedIn(200), admin: 403, coordinator: 404, outsider: 404 },
  },
  createRegistrationGuideline: {
    body: (f) => ({ buildingTeamId: f.oudeIJsselstreek, clauses: demoGuidelineClauses, changelog: 'Matrixversie' }),
    expect: caseWriters(201),
  },
  updateRegistrationGuideline: {
    params: async (f) => {
      const guidelines = f.test.dataSource.getRepository(RegistrationGuidelineEntity);
      const latest = await guidelines.findOneOrFail({ where: { buildingTeamId: f.oudeIJsselstreek }, order: { version: 'DESC' } });
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
      person: (await test.dataSource.getRepository(PersonEntity).save({
        name: 'Matrix Persoon',
        email: 'matrix@leerkring.test',
        organisationId: await byName(OrganisationEntity, 'Zorggroep De Linde'),
        passwordHash: null,
      })).id,
      oudeIJsselstreekCase: '',
      oudeIJsselstreekGuideline: '',
    };
    fixtures.oudeIJsselstreekCase = (await test.dataSource.getRepository(CaseEntity).findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek, status: 'discussed' })).id;
    fixtures.oudeIJsselstreekGuideline = (await test.dataSource.getRepository(RegistrationGuidelineEntity).findOneByOrFail({ buildingTeamId: fixtures.oudeIJsselstreek, status: 'in-force' })).id;
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
    const declared = (Object.values(operations) as Operation[]).map((operation) => `${operation.method} /api/v1${operation.path.replace(/\{(\w+)\}/g, ':$1')}`).sort();
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
      url: `/api/v1${fillPath({ path: operation.path, params })}${probe.query ?? ''}`,
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    };
    const response = session ? await session.request(options) : await test.request(options);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    if (status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
