import { findIdentifiersInFields, type Clause, type ConsentStance } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { AgreementConsentEntity, AgreementEntity } from '../agreements/agreement.entity.js';
import { IterationEntity } from '../agreements/iteration.entity.js';
import type { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { MeasureEntity, MeasurePointEntity } from '../measures/measure.entity.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { PersonEntity } from '../people/person.entity.js';
import { demoLessons } from './demo-cases.js';
import { clause, dateOnly, day, seedVersionChain } from './demo-version-chain.js';

const callBack = (days: string) =>
  clause(
    'terugbellen',
    'Terugbellen',
    `Wie door een partner wordt gebeld over een gezamenlijk huishouden, belt binnen ${days} terug.`,
  );
const caseDirection = clause(
  'casusregie',
  'Eén casusregisseur',
  'Bij meer dan drie betrokken organisaties kiezen we samen één casusregisseur.',
);
const resident = clause(
  'inwoner-aan-tafel',
  'De inwoner aan tafel',
  'We bespreken een situatie niet zonder dat de inwoner weet dat we dat doen.',
);
const transition = clause(
  'overgang-18',
  'Overgang 18-/18+',
  'Een half jaar voor het achttiende jaar plannen jeugdhulp en Wmo samen een overgangsgesprek, met de jongere aan tafel.',
);
const evaluation = clause(
  'evaluatie',
  'Evaluatie',
  'We evalueren deze afspraken elk kwartaal in het bouwteam en passen ze aan wanneer de casuïstiek daarom vraagt.',
);
const budget = clause(
  'ontschotten',
  'Ontschotten',
  'Valt een oplossing tussen twee budgetten, dan betaalt eerst de partner die het dichtst bij de inwoner staat; het bouwteam verrekent achteraf.',
);

/** Samenwerkingsafspraken bouwteam in 0.1–0.4: two superseded, 0.3 in force as beta (review soon), 0.4 proposed with story 3's round. */
export const demoAgreementVersions = [
  {
    minor: 1,
    status: 'superseded',
    clauses: [callBack('drie werkdagen'), caseDirection, evaluation],
    changelog: 'Eerste afspraken uit de startbijeenkomst.',
  },
  {
    minor: 2,
    status: 'superseded',
    clauses: [callBack('twee werkdagen'), caseDirection, resident, evaluation],
    changelog: 'Terugbellen binnen twee werkdagen; de inwoner aan tafel toegevoegd.',
  },
  {
    minor: 3,
    status: 'beta',
    clauses: [callBack('twee werkdagen'), caseDirection, resident, transition, evaluation],
    changelog:
      'Overgangsgesprek 18-/18+ toegevoegd, naar aanleiding van de intervisie over de jongere die tussen jeugdhulp en Wmo viel.',
  },
  {
    minor: 4,
    status: 'proposed',
    clauses: [
      resident,
      callBack('twee werkdagen'),
      {
        ...caseDirection,
        text: 'Bij meer dan twee betrokken organisaties kiezen we samen één casusregisseur, binnen een week na de eerste melding.',
      },
      transition,
      budget,
      evaluation,
    ],
    changelog:
      'Casusregie eerder en sneller (les over één plan met één casusregisseur); ontschotten toegevoegd (les over de Wmo-uren na het 18e jaar); het overgangsgesprek blijft (les over de overgang 18-/18+); de inwoner aan tafel vooraan.',
  },
] as const;

/** Story 3: of 26 partner organisations, 20 consent, 2 object with reasons and 4 stand aside. */
function story3Stances(
  partners: OrganisationEntity[],
  people: Map<string, PersonEntity>,
): { organisation: OrganisationEntity; stance: ConsentStance; reason: string | null; givenBy: PersonEntity | null }[] {
  const linde = partners.find((partner) => partner.name === 'Zorggroep De Linde')!;
  const oost = partners.find((partner) => partner.name === 'Jeugdhulp Oost Achterhoek')!;
  const others = partners.filter((partner) => partner !== linde && partner !== oost);
  return [
    { organisation: linde, stance: 'consent', reason: null, givenBy: people.get('partner@leerkring.test') ?? null },
    {
      organisation: oost,
      stance: 'object',
      reason: 'Binnen een week een casusregisseur kiezen lukt niet in de zomermaanden.',
      givenBy: people.get('partner2@leerkring.test') ?? null,
    },
    {
      organisation: others[0]!,
      stance: 'object',
      reason: 'Voorschieten uit ons budget past niet in de subsidievoorwaarden.',
      givenBy: null,
    },
    ...others
      .slice(1, 5)
      .map((organisation) => ({ organisation, stance: 'stand-aside' as const, reason: null, givenBy: null })),
    ...others
      .slice(5)
      .map((organisation) => ({ organisation, stance: 'consent' as const, reason: null, givenBy: null })),
  ];
}

export async function seedDemoAgreements(
  manager: EntityManager,
  team: BuildingTeamEntity,
  people: Map<string, PersonEntity>,
): Promise<void> {
  const author = people.get('facilitator@leerkring.test')!;
  for (const version of demoAgreementVersions) {
    const texts = Object.fromEntries(
      version.clauses.flatMap((item) => [
        [`${item.id}.title`, item.title],
        [`${item.id}.text`, item.text],
      ]),
    );
    if (findIdentifiersInFields({ ...texts, changelog: version.changelog }).length > 0)
      throw new Error(`Demo agreement ${version.minor} names a person`);
  }
  const agreement = await manager.save(AgreementEntity, {
    buildingTeamId: team.id,
    title: 'Samenwerkingsafspraken bouwteam',
    scope: 'Hoe de partners van het bouwteam samenwerken rond huishoudens met vragen op meerdere leefgebieden.',
    // Objections are heard and recorded with their reasons, and answered in the next version; 2/3 of the partners decide.
    decisionRule: { kind: 'qualified-majority', share: 2 / 3 },
    createdById: author.id,
  });
  const now = Date.now();
  const dates = [
    {
      validFrom: dateOnly(new Date(now - 330 * day)),
      validUntil: dateOnly(new Date(now - 240 * day)),
      reviewDate: dateOnly(new Date(now - 240 * day)),
    },
    {
      validFrom: dateOnly(new Date(now - 240 * day)),
      validUntil: dateOnly(new Date(now - 150 * day)),
      reviewDate: dateOnly(new Date(now - 150 * day)),
    },
    // In force on trial, due for review within 30 days.
    {
      validFrom: dateOnly(new Date(now - 150 * day)),
      validUntil: null,
      reviewDate: dateOnly(new Date(now + 21 * day)),
    },
    { validFrom: null, validUntil: null, reviewDate: null },
  ];
  // The leerlijn: the transition clause came from the lesson about transitions (0.3); 0.4 answers three lessons — case
  // direction, transitions and financing (story 3).
  // The named demo lessons only, not the many coded ones behind the insights.
  const named = new Set(demoLessons.map((lesson) => lesson.text));
  const lessons = (await manager.getRepository(LessonEntity).findBy({ buildingTeamId: team.id })).filter((lesson) =>
    named.has(lesson.text),
  );
  const lessonOf = (theme: string) => lessons.filter((lesson) => lesson.theme === theme).map((lesson) => lesson.id);
  // 0.4's case direction also answers the iteration that tested 0.3's clause in practice.
  let caseDirectionIteration: string | null = null;
  const withSources = (clauses: readonly Clause[], minor: number): Clause[] =>
    clauses.map((item) => ({
      ...item,
      lessonIds:
        item.id === 'overgang-18'
          ? lessonOf('transitions')
          : minor >= 4 && item.id === 'casusregie'
            ? lessonOf('case-direction')
            : item.id === 'ontschotten'
              ? lessonOf('financing')
              : [],
      iterationIds: minor >= 4 && item.id === 'casusregie' && caseDirectionIteration ? [caseDirectionIteration] : [],
    }));
  const proposed = await seedVersionChain(manager, {
    agreementId: agreement.id,
    versions: demoAgreementVersions,
    dates,
    authorId: author.id,
    createdAgo: (index) => 330 - 90 * index,
    clausesOf: (version) => withSources(version.clauses, version.minor),
    afterEach: async (version, saved) => {
      if (version.minor === 3)
        caseDirectionIteration = await seedDemoIterations(manager, agreement.id, saved.id, author.id, now);
    },
  });
  const partners = team.partners;
  let moment = now - 3 * day;
  for (const stance of story3Stances(partners, people)) {
    moment += 60_000;
    await manager.save(AgreementConsentEntity, {
      versionId: proposed.id,
      round: 1,
      organisationId: stance.organisation.id,
      stance: stance.stance,
      reason: stance.reason,
      givenById: stance.givenBy?.id ?? null,
      current: true,
      givenAt: new Date(moment),
    });
  }
}

/** Two action-research cycles on 0.3: case direction (decided: adapt, answered by 0.4) and calling back (observing). */
async function seedDemoIterations(
  manager: EntityManager,
  agreementId: string,
  versionId: string,
  authorId: string,
  now: number,
): Promise<string> {
  const base = { agreementId, versionId, createdById: authorId };
  const decided = await manager.save(IterationEntity, {
    ...base,
    clauseIds: ['casusregie'],
    title: 'Eén casusregisseur bij meer dan drie organisaties',
    question:
      'Krijgt een huishouden met veel betrokken organisaties sneller één plan als we vanaf vier organisaties een casusregisseur kiezen?',
    prediction: 'Binnen twee weken één plan voor negen van de tien huishoudens.',
    plan: 'Drie maanden lang bij elke nieuwe melding tellen hoeveel organisaties betrokken zijn en wanneer er één plan is.',
    actions:
      'Bij 14 meldingen met vier of meer organisaties is een casusregisseur gekozen; bij 9 meldingen met drie organisaties niet.',
    observations:
      'Met regisseur: één plan na gemiddeld 11 dagen. Met drie organisaties zonder regisseur: na 26 dagen, en twee keer helemaal niet.',
    learning:
      'Ook bij drie organisaties loopt het vast; en hoe later de regisseur, hoe langer het duurt. De grens moet lager en de keuze sneller.',
    phase: 'decided',
    decision: 'adapt',
    startDate: dateOnly(new Date(now - 140 * day)),
    endDate: dateOnly(new Date(now - 50 * day)),
  });
  await seedDemoMeasure(manager, { agreementId, iterationId: decided.id, authorId, now });
  await manager.save(IterationEntity, {
    ...base,
    clauseIds: ['terugbellen'],
    title: 'Terugbellen binnen twee werkdagen',
    question: 'Lukt terugbellen binnen twee werkdagen voor alle partners, ook in vakanties?',
    prediction: 'Ja, behalve bij de kleinste partners in de zomer.',
    plan: 'Elke partner houdt acht weken bij hoe snel wordt teruggebeld.',
    actions: 'Twaalf partners hielden het bij; de andere veertien niet.',
    observations: '',
    learning: '',
    phase: 'observe',
    decision: null,
    startDate: dateOnly(new Date(now - 30 * day)),
    endDate: null,
  });
  return decided.id;
}

/**
 * Days until one plan, weekly, for the case-direction iteration: 16 baseline weeks around 21 days, then — from the week
 * 0.3 (with its case-direction clause) was put in force, 150 days ago — 8 weeks all below that median: a shift by the
 * Provost & Murray rules (the worked example of the domain's run-chart tests, as 2 × (21 − value)).
 */
export const demoMeasureValues = [
  22, 18, 24, 20, 16, 26, 18, 22, 20, 24, 16, 22, 18, 24, 20, 22, 14, 12, 16, 10, 14, 12, 8, 14,
];

async function seedDemoMeasure(
  manager: EntityManager,
  {
    agreementId,
    iterationId,
    authorId,
    now,
  }: { agreementId: string; iterationId: string; authorId: string; now: number },
): Promise<void> {
  // Week 16 is 147 days ago, three days after 0.3 was put in force; week 0 is 259 days ago, week 23 98 days ago.
  const weekDate = (index: number) => dateOnly(new Date(now - (147 + (16 - index) * 7) * day));
  const measure = await manager.save(MeasureEntity, {
    agreementId,
    iterationId,
    name: 'Dagen tot één plan',
    definition:
      'Per week: het gemiddelde aantal kalenderdagen tussen een nieuwe melding met drie of meer betrokken organisaties en het moment dat er één gezamenlijk plan is.',
    unit: 'dagen',
    betterDirection: 'down',
    ruleSet: 'provost-murray',
    periodStart: weekDate(0),
    periodEnd: dateOnly(new Date(now - 50 * day)),
    baselineStart: weekDate(0),
    baselineEnd: weekDate(15),
    rebaselineDates: [],
    createdById: authorId,
  });
  await manager.insert(
    MeasurePointEntity,
    demoMeasureValues.map((value, index) => ({
      measureId: measure.id,
      date: weekDate(index),
      value,
      note: index === 16 ? 'Versie 0.3 in werking: casusregisseur vanaf vier organisaties.' : '',
    })),
  );
}
