import type { LegalFramework, LessonTheme, LifeDomain, PositiveHealthDimensionCode } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import type { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { SystemObstacleEntity } from '../lessons/system-obstacle.entity.js';
import type { PersonEntity } from '../people/person.entity.js';

/**
 * A second batch of brief cases of the Oude IJsselstreek bouwteam, recorded since the guideline asked for the life
 * domains of the presenting and the underlying question apart: for the manager's insight by life domain, professionals
 * per case and legal frameworks, with lessons and system obstacles drawn from them over six quarters. Situations,
 * never persons; deterministic, so the demo shows the same picture every time. Together with the 200 earlier ones
 * and the four told in full, over 300 cases.
 */
interface Pattern {
  question: string;
  presenting: LifeDomain[];
  underlying: LifeDomain[];
  presentingDimension: PositiveHealthDimensionCode;
  underlyingDimension: PositiveHealthDimensionCode;
  frameworks: LegalFramework[];
  weight: number;
}

const patterns: Pattern[] = [
  {
    question: 'Hulp bij betalingsachterstanden',
    presenting: ['finances'],
    underlying: ['domestic-relations'],
    presentingDimension: 'daily-functioning',
    underlyingDimension: 'mental-wellbeing',
    frameworks: ['wgs', 'participatiewet'],
    weight: 24,
  },
  {
    question: 'Vervoer naar de dagbesteding',
    presenting: ['daytime-activities'],
    underlying: ['social-network'],
    presentingDimension: 'daily-functioning',
    underlyingDimension: 'participation',
    frameworks: ['wmo-2015'],
    weight: 22,
  },
  {
    question: 'Een andere woning',
    presenting: ['housing'],
    underlying: ['finances'],
    presentingDimension: 'quality-of-life',
    underlyingDimension: 'daily-functioning',
    frameworks: ['wmo-2015', 'wgs'],
    weight: 16,
  },
  {
    question: 'Klachten en pijn',
    presenting: ['physical-health'],
    underlying: ['mental-health'],
    presentingDimension: 'bodily-functions',
    underlyingDimension: 'mental-wellbeing',
    frameworks: ['zvw'],
    weight: 14,
  },
  {
    question: 'Hulp in het huishouden',
    presenting: ['instrumental-adl'],
    underlying: ['social-network', 'mental-health'],
    presentingDimension: 'daily-functioning',
    underlyingDimension: 'meaning',
    frameworks: ['wmo-2015', 'wlz'],
    weight: 12,
  },
  {
    question: 'Vastgelopen op school',
    presenting: ['work-and-education'],
    underlying: ['mental-health'],
    presentingDimension: 'participation',
    underlyingDimension: 'quality-of-life',
    frameworks: ['jeugdwet'],
    weight: 10,
  },
  {
    question: 'Spanningen thuis',
    presenting: ['domestic-relations'],
    underlying: ['substance-use'],
    presentingDimension: 'mental-wellbeing',
    underlyingDimension: 'bodily-functions',
    frameworks: ['jeugdwet', 'wpg'],
    weight: 4,
  },
  {
    question: 'Contact met de reclassering',
    presenting: ['justice'],
    underlying: ['work-and-education'],
    presentingDimension: 'participation',
    underlyingDimension: 'meaning',
    frameworks: ['participatiewet'],
    weight: 3,
  },
  {
    question: 'Werk vinden',
    presenting: ['work-and-education'],
    underlying: ['finances'],
    presentingDimension: 'participation',
    underlyingDimension: 'quality-of-life',
    frameworks: ['participatiewet'],
    weight: 6,
  },
];

const statuses = ['discussed', 'discussed', 'closed', 'brought-in'] as const;
const professionals = [2, 3, 5, 6, 4, 8, 6, 3, 7, 5, 1, 9] as const;
const day = 24 * 3600 * 1000;

/** Spread over the last eighteen months, never today: the cases told in full stay the newest. */
const recordedAt = (index: number, now: number) => new Date(now - (30 + ((index * 37) % 520)) * day);

export function demoInsightCases(now: number) {
  const cases: {
    title: string;
    narrative: string;
    presentingQuestion: string;
    pattern: Pattern;
    professionalsInvolved: number | null;
    status: (typeof statuses)[number];
    createdAt: Date;
  }[] = [];
  let number = 201;
  for (const pattern of patterns) {
    for (let index = 0; index < pattern.weight; index++, number++) {
      cases.push({
        title: `Casus ${number}: ${pattern.question.toLowerCase()}`,
        narrative: `Korte casus uit de wijk. De aanmelding ging over: ${pattern.question.toLowerCase()}. Aan de keukentafel bleek de vraag ergens anders te liggen.`,
        presentingQuestion: pattern.question,
        pattern,
        // A few with very many professionals: the kind of case a bouwteam exists for, and a small cell.
        professionalsInvolved:
          number % 11 === 0 ? null : number % 37 === 0 ? 14 : professionals[number % professionals.length]!,
        status: statuses[number % statuses.length]!,
        createdAt: recordedAt(number, now),
      });
    }
  }
  return cases;
}

const lessonThemesOverTime: { theme: LessonTheme; count: number; text: string }[] = [
  {
    theme: 'collaboration',
    count: 11,
    text: 'Eén keukentafelgesprek met alle betrokken partijen bespaart weken heen-en-weer mailen.',
  },
  {
    theme: 'financing',
    count: 9,
    text: 'Schuldhulp en Wmo-begeleiding uit één budget maakt snelle hulp mogelijk.',
  },
  { theme: 'case-direction', count: 7, text: 'Spreek bij meer dan drie partijen altijd één casusregisseur af.' },
  { theme: 'transitions', count: 4, text: 'Begin het overgangsgesprek ruim voor het 18e jaar.' },
  { theme: 'prevention', count: 3, text: 'De buurtsoos vangt eenzaamheid op voordat het een zorgvraag wordt.' },
];

const obstaclesByFramework: {
  title: string;
  legalFramework: LegalFramework | null;
  escalationStatus: 'open' | 'escalated' | 'resolved' | 'parked';
}[] = [
  ...Array.from({ length: 6 }, (_, index) => ({
    title: `Wmo-indicatie in uren (${index + 1})`,
    legalFramework: 'wmo-2015' as const,
    escalationStatus: index < 4 ? ('escalated' as const) : ('open' as const),
  })),
  ...Array.from({ length: 5 }, (_, index) => ({
    title: `Beslagvrije voet niet toegepast (${index + 1})`,
    legalFramework: 'wgs' as const,
    escalationStatus: 'open' as const,
  })),
  { title: 'Jeugdhulp stopt op de dag van het 18e jaar', legalFramework: 'jeugdwet', escalationStatus: 'resolved' },
  { title: 'Geen plek in de dagbesteding zonder indicatie', legalFramework: null, escalationStatus: 'parked' },
];

/** Inserts the cases, lessons and obstacles in three statements, so seeding stays fast. */
export async function seedDemoInsight(
  manager: EntityManager,
  team: BuildingTeamEntity,
  people: { partner: PersonEntity; facilitator: PersonEntity },
): Promise<void> {
  const now = Date.now();
  const cases = demoInsightCases(now);
  const inserted = await manager.insert(
    CaseEntity,
    cases.map((item) => ({
      title: item.title,
      narrative: item.narrative,
      presentingQuestion: item.presentingQuestion,
      presentingDimensions: [item.pattern.presentingDimension],
      underlyingDimensions: [item.pattern.underlyingDimension],
      lifeDomains: item.pattern.presenting,
      underlyingLifeDomains: item.pattern.underlying,
      professionalsInvolved: item.professionalsInvolved,
      organisationTypesInvolved: [],
      legalFrameworks: item.pattern.frameworks,
      buildingTeamId: team.id,
      status: item.status,
      broughtInById: people.partner.id,
      organisationId: people.partner.organisationId,
      createdAt: item.createdAt,
      updatedAt: item.createdAt,
    })),
  );
  const caseIds = inserted.identifiers.map((identifier) => String(identifier['id']));
  let lessonNumber = 0;
  await manager.insert(
    LessonEntity,
    lessonThemesOverTime.flatMap(({ theme, count, text }) =>
      Array.from({ length: count }, () => {
        lessonNumber += 1;
        const createdAt = new Date(now - (40 + ((lessonNumber * 53) % 480)) * day);
        return {
          buildingTeamId: team.id,
          text,
          caseIds: [caseIds[(lessonNumber * 7) % caseIds.length]!],
          sessionIds: [],
          dimensions: [],
          theme,
          followUp: 'none' as const,
          status: 'open' as const,
          recordedById: people.facilitator.id,
          createdAt,
          updatedAt: createdAt,
        };
      }),
    ),
  );
  await manager.insert(
    SystemObstacleEntity,
    obstaclesByFramework.map((obstacle, index) => {
      const createdAt = new Date(now - (60 + index * 23) * day);
      return {
        buildingTeamId: team.id,
        title: obstacle.title,
        description: 'Uit de casuïstiek van het bouwteam: de regel werkt de bedoeling tegen.',
        legalFramework: obstacle.legalFramework,
        caseIds: [caseIds[(index * 5) % caseIds.length]!],
        escalationStatus: obstacle.escalationStatus,
        createdAt,
        updatedAt: createdAt,
      };
    }),
  );
}
