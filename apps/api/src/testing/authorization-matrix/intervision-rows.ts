import type { OperationId } from '@leerkring/domain';
import { IntervisionActionEntity } from '../../intervision/intervision-action.entity.js';
import {
  personas,
  all,
  signedIn,
  adminOnly,
  unique,
  personId,
  incidentMethodId,
  demoSession,
  scratchSession,
  sessionReaders,
  sessionRole,
  type Probe,
} from './fixtures.js';

/** The rows of intervision methods and sessions. */
export const intervisionRows = {
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
  listIntervisionCandidates: {
    params: (f) => ({ buildingTeamId: f.oudeIJsselstreek }),
    // Whoever plans a session picks its people: partners and facilitators of the bouwteam; another bouwteam is a 404.
    expect: { ...all(403), anonymous: 401, partner: 200, partner2: 200, facilitator: 200, outsider: 404 },
  },
  commandIntervisionSession: {
    params: (f) => scratchSession(f, 'planned'),
    body: () => ({ command: 'start' }),
    // Only the session's facilitator moves it through its phases; whoever is no member of the bouwteam finds no session (404).
    expect: { ...all(403), anonymous: 401, facilitator: 200, outsider: 404, coordinator: 404 },
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
} satisfies Partial<Record<OperationId, Probe>>;
