import { randomUUID } from 'node:crypto';
import { IterationEntity } from '../../agreements/iteration.entity.js';
import { AgreementEntity, AgreementVersionEntity } from '../../agreements/agreement.entity.js';
import { IntervisionMethodEntity } from '../../intervision/intervision-method.entity.js';
import { IntervisionSessionEntity } from '../../intervision/intervision-session.entity.js';
import { MeasureEntity, MeasurePointEntity } from '../../measures/measure.entity.js';
import { MembershipEntity } from '../../memberships/membership.entity.js';
import { PersonEntity } from '../../people/person.entity.js';
import { type TestApp, type TestSession } from '../test-app.js';

/** Who each column of the authorization matrix signs in as (anonymous: nobody). */
export const personas = {
  anonymous: null,
  admin: 'beheerder@leerkring.test',
  partner: 'partner@leerkring.test',
  partner2: 'partner2@leerkring.test',
  facilitator: 'facilitator@leerkring.test',
  coordinator: 'coordinator@leerkring.test',
  manager: 'manager@leerkring.test',
  experienceExpert: 'ervaringsdeskundige@leerkring.test',
  outsider: 'buiten@leerkring.test',
  /** The coordinator of another region (Zuid-Limburg): no demo account, the matrix test makes them. */
  otherCoordinator: 'coordinator-zuid-limburg@leerkring.test',
} as const;
export type Persona = keyof typeof personas;
export const personaNames = Object.keys(personas) as Persona[];
/** A row need not name the other region's coordinator: unnamed, they get what the coordinator gets. */
type NamedPersona = Exclude<Persona, 'otherCoordinator'>;
const namedPersonas = personaNames.filter((name): name is NamedPersona => name !== 'otherCoordinator');

export interface Fixtures {
  test: TestApp;
  oudeIJsselstreek: string;
  maastricht: string;
  achterhoek: string;
  /** The demo learning group (partner@ and partner2@ represent a region in it, coordinator@ coordinates it). */
  learningGroup: string;
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

export interface Probe {
  params?: (
    fixtures: Fixtures,
    session: TestSession | null,
  ) => Promise<Record<string, string>> | Record<string, string>;
  query?: string | ((fixtures: Fixtures) => string);
  body?: (fixtures: Fixtures, persona: Persona) => Promise<unknown> | unknown;
  headers?: Record<string, string>;
  /** Sign in anew for this cell (the call ends or changes the session). */
  freshSession?: true;
  expect: Record<NamedPersona, number> & { otherCoordinator?: number };
}

export const all = (status: number): Record<NamedPersona, number> =>
  Object.fromEntries(namedPersonas.map((name) => [name, status])) as Record<NamedPersona, number>;
export const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
export const adminOnly = (status: number) => ({ ...all(403), anonymous: 401, admin: status });
export const unique = () => randomUUID().slice(0, 8);
/** Readers of the Oude IJsselstreek bouwteam's cases; the coordinator has no role there but does elsewhere (403), the outsider is a partner elsewhere (404). */
export const caseReaders = (status: number): Record<NamedPersona, number> => ({
  ...signedIn(status),
  admin: 403,
  coordinator: 403,
  outsider: 404,
});
export const caseWriters = (status: number): Record<NamedPersona, number> => ({
  ...caseReaders(status),
  manager: 403,
  experienceExpert: 403,
});

export const scratchPerson = async (f: Fixtures) =>
  (
    await f.test.dataSource.getRepository(PersonEntity).save({
      name: 'Lid Matrix',
      email: `lid-${unique()}@leerkring.test`,
      organisationId: f.organisation,
      passwordHash: null,
    })
  ).id;

export const pendingGrant = async (f: Fixtures) =>
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
export const personId = async (f: Fixtures, email: string) =>
  (await f.test.dataSource.getRepository(PersonEntity).findOneByOrFail({ email })).id;
export const incidentMethodId = async (f: Fixtures) =>
  (await f.test.dataSource.getRepository(IntervisionMethodEntity).findOneByOrFail({ code: 'incident' })).id;
export const demoSession = async (f: Fixtures, status: 'planned' | 'ended') =>
  (
    await f.test.dataSource
      .getRepository(IntervisionSessionEntity)
      .findOneByOrFail({ buildingTeamId: f.oudeIJsselstreek, status })
  ).id;
/** Inbrenger partner@, facilitator facilitator@, note-taker partner2@, participants manager@ and ervaringsdeskundige@. */
export const scratchSession = async (f: Fixtures, status: 'planned' | 'running') => {
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
export const scratchAgreement = async (f: Fixtures, status: 'concept' | 'proposed' | 'beta' | 'adopted') => {
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
export const scratchIteration = async (
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
/** A measure on the demo agreement with one data point, made for one cell. */
export const scratchMeasure = async (f: Fixtures) => {
  const measure = await f.test.dataSource.getRepository(MeasureEntity).save({
    agreementId: f.agreement,
    iterationId: null,
    name: `Matrixmaat ${unique()}`,
    definition: 'Aantal dagen tot terugbellen.',
    unit: 'dagen',
    betterDirection: 'down',
    ruleSet: 'anhoej',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    baselineStart: '2026-01-01',
    baselineEnd: '2026-03-31',
    rebaselineDates: [],
    createdById: await personId(f, personas.facilitator),
  });
  const point = await f.test.dataSource
    .getRepository(MeasurePointEntity)
    .save({ measureId: measure.id, date: '2026-01-05', value: 3, note: '' });
  return { measureId: measure.id, pointId: point.id };
};

export const agreementReaders = (status: number): Record<NamedPersona, number> => ({
  ...signedIn(status),
  admin: 403,
  coordinator: 404,
  outsider: 404,
});
export const demoVersion = (f: Fixtures) => ({ agreementId: f.agreement, versionId: f.proposedVersion });

/** Members of the Oude IJsselstreek bouwteam see its sessions; the coordinator (a role elsewhere) and the outsider get 404, the admin 403. */
export const sessionReaders = (status: number): Record<NamedPersona, number> => ({
  ...signedIn(status),
  admin: 403,
  coordinator: 404,
  outsider: 404,
});
/** Members who take part; `allowed` get `status`, the other members 403 (their role in the session does not allow it). */
export const sessionRole = (status: number, allowed: NamedPersona[]): Record<NamedPersona, number> => ({
  ...sessionReaders(403),
  ...Object.fromEntries(allowed.map((persona) => [persona, status])),
});
