import { findIdentifiersInFields, type SessionProgress } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import type { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import type { PersonEntity } from '../people/person.entity.js';
import { IntervisionActionEntity } from '../intervision/intervision-action.entity.js';
import { IntervisionMethodEntity } from '../intervision/intervision-method.entity.js';
import { IntervisionSessionEntity } from '../intervision/intervision-session.entity.js';
import { IntervisionInputEntity, IntervisionNoteEntity } from '../intervision/session-text.entity.js';
import { IntervisionMethodsRepository } from '../intervision/intervision-methods.repository.js';

const day = 24 * 3600 * 1000;
const dateOnly = (moment: Date) => moment.toISOString().slice(0, 10);

/** Phase notes of the past session, by phase key of the incident method. Situations, never persons. */
const pastNotes: Record<string, string> = {
  'choose-incident': 'We bespreken de jongere die bij het achttiende jaar tussen jeugdhulp en Wmo viel.',
  'sketch-situation': 'Drie maanden onduidelijk wie de begeleiding betaalde; de opleiding werd gestaakt.',
  analyse:
    'De overgang is niet belegd: jeugdhulp stopt op de verjaardag, de Wmo-indicatie start pas na een nieuw onderzoek.',
  'share-positions':
    'Bijna iedereen zou een half jaar voor de verjaardag een overgangsgesprek plannen, met de jongere aan tafel.',
  'closing-discussion': 'Afspraak: een vaste overgangsregisseur vanaf 17,5 jaar. Twee acties vastgelegd.',
  evaluation: 'De incidentmethode werkte goed; de onthulling van standpunten liet zien hoe eensgezind we zijn.',
};

const pastInputs: { phaseKey: string; by: string; text: string }[] = [
  {
    phaseKey: 'write-questions',
    by: 'partner2@leerkring.test',
    text: 'Wie was regiehouder in het laatste jaar van de jeugdhulp?',
  },
  {
    phaseKey: 'write-questions',
    by: 'ervaringsdeskundige@leerkring.test',
    text: 'Is de jongere zelf gevraagd wat hij na zijn verjaardag nodig had?',
  },
  {
    phaseKey: 'positions',
    by: 'partner2@leerkring.test',
    text: 'Een overgangsgesprek een half jaar vooraf, met beide financiers aan tafel.',
  },
  {
    phaseKey: 'positions',
    by: 'ervaringsdeskundige@leerkring.test',
    text: 'De jongere kiest zelf wie het overgangsgesprek leidt.',
  },
];

const openActions = [
  {
    what: 'Een overgangsprotocol 18-/18+ opstellen voor het bouwteam.',
    owner: 'facilitator@leerkring.test',
    dueInDays: 14,
  },
  {
    what: 'Navragen bij de gemeente of een Wmo-indicatie al voor het 18e jaar kan starten.',
    owner: 'partner@leerkring.test',
    dueInDays: 21,
  },
];

/**
 * Demo intervision of the Oude IJsselstreek bouwteam: a past session with the incident method (ended, with phase notes,
 * revealed positions and two open actions) and the next, planned session, which shows those open actions first.
 */
export async function seedDemoIntervision(
  manager: EntityManager,
  team: BuildingTeamEntity,
  people: Map<string, PersonEntity>,
): Promise<void> {
  await new IntervisionMethodsRepository().ensureStandard(manager);
  const method = await manager.getRepository(IntervisionMethodEntity).findOneByOrFail({ code: 'incident' });
  const person = (email: string) => people.get(email)!.id;
  const teamCase = await manager
    .getRepository(CaseEntity)
    .findOne({ where: { buildingTeamId: team.id, status: 'discussed' } });
  const texts = [
    ...Object.values(pastNotes),
    ...pastInputs.map((input) => input.text),
    ...openActions.map((action) => action.what),
  ];
  if (findIdentifiersInFields(Object.fromEntries(texts.map((text, index) => [String(index), text]))).length > 0) {
    throw new Error('Demo intervision text names a person');
  }

  const now = Date.now();
  const start = new Date(now - 28 * day);
  start.setUTCHours(13, 0, 0, 0);
  let cursor = start.getTime();
  const visits: SessionProgress['visits'][number][] = method.phases.map((phase, index) => {
    const enteredAt = new Date(cursor).toISOString();
    cursor += (phase.timeboxMinutes + (index === 4 ? 4 : 0)) * 60_000;
    return { phase: index, enteredAt, leftAt: new Date(cursor).toISOString() };
  });
  const sessions = manager.getRepository(IntervisionSessionEntity);
  const base = {
    buildingTeamId: team.id,
    methodId: method.id,
    methodCode: method.code,
    methodName: method.name,
    phases: method.phases,
    caseIds: teamCase ? [teamCase.id] : [],
    facilitatorId: person('facilitator@leerkring.test'),
    createdById: person('facilitator@leerkring.test'),
  };
  const past = await sessions.save(
    sessions.create({
      ...base,
      plannedDate: dateOnly(start),
      status: 'ended',
      progress: {
        currentPhase: null,
        visits,
        revealedPhases: method.phases.flatMap((phase, index) =>
          phase.inputMode === 'private-then-reveal' ? [index] : [],
        ),
      },
      inbrengerId: person('partner@leerkring.test'),
      noteTakerId: person('partner2@leerkring.test'),
      participantIds: [
        person('partner2@leerkring.test'),
        person('ervaringsdeskundige@leerkring.test'),
        person('manager@leerkring.test'),
      ],
      startedAt: start,
      endedAt: new Date(cursor),
    }),
  );
  const phaseIndex = (key: string) => method.phases.findIndex((phase) => phase.key === key);
  for (const [key, text] of Object.entries(pastNotes)) {
    const phase = phaseIndex(key);
    await manager.getRepository(IntervisionNoteEntity).save({
      sessionId: past.id,
      phase,
      authorId: person('partner2@leerkring.test'),
      text,
      createdAt: new Date(Date.parse(visits[phase]!.enteredAt) + 60_000),
    });
  }
  for (const input of pastInputs) {
    const phase = phaseIndex(input.phaseKey);
    await manager.getRepository(IntervisionInputEntity).save({
      sessionId: past.id,
      phase,
      authorId: person(input.by),
      text: input.text,
      createdAt: new Date(Date.parse(visits[phase]!.enteredAt) + 120_000),
    });
  }
  for (const action of openActions) {
    await manager.getRepository(IntervisionActionEntity).save({
      sessionId: past.id,
      what: action.what,
      ownerId: person(action.owner),
      dueDate: dateOnly(new Date(start.getTime() + action.dueInDays * day)),
      status: 'open',
      createdById: person('partner2@leerkring.test'),
    });
  }

  await sessions.save(
    sessions.create({
      ...base,
      plannedDate: dateOnly(new Date(now + 7 * day)),
      status: 'planned',
      progress: { currentPhase: null, visits: [], revealedPhases: [] },
      inbrengerId: person('partner2@leerkring.test'),
      noteTakerId: person('partner@leerkring.test'),
      participantIds: [
        person('partner@leerkring.test'),
        person('ervaringsdeskundige@leerkring.test'),
        person('manager@leerkring.test'),
      ],
      startedAt: null,
      endedAt: null,
    }),
  );
}
