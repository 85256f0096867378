import { findIdentifiersInFields } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { AgreementConsentEntity, AgreementEntity } from '../agreements/agreement.entity.js';
import type { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import type { PersonEntity } from '../people/person.entity.js';
import type { RegionEntity } from '../regions/region.entity.js';
import { clause, dateOnly, day, seedVersionChain } from './demo-version-chain.js';

const talkingDocument = {
  start: clause(
    'vertrekpunt',
    'Vertrekpunt',
    'We beginnen bij de vraag achter de vraag van het huishouden, niet bij het product dat we kunnen inkopen.',
  ),
  room: clause(
    'ruimte',
    'Ruimte voor professionals',
    'Een professional mag tot een vast bedrag per huishouden doen wat nodig is, zonder vooraf een indicatie.',
  ),
  account: clause(
    'verantwoorden',
    'Verantwoorden',
    'We verantwoorden per kwartaal met verhalen uit de casuïstiek en een paar cijfers, niet per uur.',
  ),
  learn: clause(
    'leren',
    "Leren tussen regio's",
    'Elke regio brengt per bijeenkomst één casus in waarin de financiering de oplossing in de weg zat.',
  ),
};

/**
 * The learning group's shared talking document (story 4): 0.3 in force on trial; 0.4, revised after the last meeting,
 * proposed to the ten regions, some of which have given their stance.
 */
export const demoTalkingDocumentVersions = [
  {
    minor: 3,
    status: 'beta',
    clauses: [talkingDocument.start, talkingDocument.room, talkingDocument.account, talkingDocument.learn],
    changelog: 'Versies 0.1 en 0.2 stonden op papier; deze versie is de eerste in Leerkring.',
  },
  {
    minor: 4,
    status: 'proposed',
    clauses: [
      talkingDocument.start,
      {
        ...talkingDocument.room,
        text: 'Een professional mag tot een vast bedrag per huishouden per jaar doen wat nodig is, zonder vooraf een indicatie; daarboven beslist het wijkteam samen met de gemeente binnen twee werkdagen.',
      },
      clause(
        'een-budget',
        'Eén wijkbudget',
        "Regio's die dat kunnen, voegen budgetten uit Wmo, Jeugdwet en preventie samen tot één wijkbudget.",
      ),
      talkingDocument.learn,
      talkingDocument.account,
    ],
    changelog:
      'Na de bijeenkomst in Zuid-Limburg: een grens aan de vrije ruimte met snelle besluiten daarboven, één wijkbudget toegevoegd, verantwoorden naar het eind.',
  },
] as const;

export async function seedDemoTalkingDocument(
  manager: EntityManager,
  learningGroup: LearningGroupEntity,
  author: PersonEntity,
  regions: ReadonlyMap<string, RegionEntity>,
): Promise<void> {
  for (const version of demoTalkingDocumentVersions) {
    const texts = Object.fromEntries(
      version.clauses.flatMap((item) => [
        [`${item.id}.title`, item.title],
        [`${item.id}.text`, item.text],
      ]),
    );
    if (findIdentifiersInFields({ ...texts, changelog: version.changelog }).length > 0)
      throw new Error(`Demo talking document ${version.minor} names a person`);
  }
  const agreement = await manager.save(AgreementEntity, {
    buildingTeamId: null,
    learningGroupId: learningGroup.id,
    title: 'Gespreksdocument financieren vanuit de bedoeling',
    scope:
      "Het gedeelde gespreksdocument (beeldplaat) van de leergroep: wat de tien regio's samen verstaan onder financieren vanuit de bedoeling.",
    decisionRule: { kind: 'unanimity-of-participants' },
    createdById: author.id,
  });
  const now = Date.now();
  const dates = [
    // On trial since the meeting before last; reviewed at the next one, within 30 days.
    {
      validFrom: dateOnly(new Date(now - 155 * day)),
      validUntil: null,
      reviewDate: dateOnly(new Date(now + 25 * day)),
    },
    { validFrom: null, validUntil: null, reviewDate: null },
  ];
  await seedVersionChain(manager, {
    agreementId: agreement.id,
    versions: demoTalkingDocumentVersions,
    dates,
    authorId: author.id,
    createdAgo: (index) => 160 - 90 * index,
    clausesOf: (version) => version.clauses.map((item) => ({ ...item, lessonIds: [] })),
    afterEach: async (version, saved) => {
      if (version.status !== 'proposed') return;
      // Stances recorded at the meeting for regions without a demo account; Achterhoek (partner@), Twente (partner2@)
      // and two more regions have not given theirs yet.
      for (const [index, [name, stance]] of demoRegionStances.entries()) {
        const region = regions.get(name)!;
        await manager.save(AgreementConsentEntity, {
          versionId: saved.id,
          round: 1,
          organisationId: region.municipalities[0]!.id,
          regionId: region.id,
          stance,
          reason: null,
          givenById: null,
          current: true,
          givenAt: new Date(now - (10 - index) * 3600 * 1000),
        });
      }
    },
  });
}

/** The regions that gave their stance on 0.4 at the meeting. */
export const demoRegionStances = [
  ['Zuid-Limburg', 'consent'],
  ['Brabant-Noordoost', 'consent'],
  ['Drechtsteden', 'consent'],
  ['Noord-Veluwe', 'consent'],
  ['Zaanstreek-Waterland', 'consent'],
  ['Midden-Holland', 'stand-aside'],
] as const;
