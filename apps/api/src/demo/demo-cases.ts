import type { CaseFields, GuidelineClause, PositiveHealthDimensionCode } from '@leerkring/domain';

/** Fictional cases after the seed stories: situations, never persons. Every text passes the privacy guard. */
const clause = (
  field: GuidelineClause['field'],
  rule: GuidelineClause['rule'],
  nl: string,
  en: string,
  retention = '2 jaar na afsluiten',
): GuidelineClause => ({
  field,
  rule,
  purpose: { nl, en },
  retention,
});

/** "Wat we wel en niet registreren": the guideline both demo bouwteams start from. */
export const demoGuidelineClauses: GuidelineClause[] = [
  clause(
    'title',
    'required',
    'Om de casus terug te vinden in het bouwteam.',
    'To find the case again within the bouwteam.',
  ),
  clause(
    'narrative',
    'required',
    'Het verhaal van de situatie is waar we van leren.',
    'The story of the situation is what we learn from.',
  ),
  clause('presentingQuestion', 'required', 'De vraag waarmee iemand zich meldde.', 'The question someone came with.'),
  clause(
    'presentingDimensions',
    'optional',
    'Om te zien op welk domein vragen binnenkomen.',
    'To see on which domain questions arrive.',
  ),
  clause('underlyingQuestion', 'optional', 'Vaak pas na de sessie duidelijk.', 'Often clear only after the session.'),
  clause('underlyingDimensions', 'optional', 'Waar de echte vraag ligt.', 'Where the real question lies.'),
  clause('lifeDomains', 'optional', 'Welke leefdomeinen meespelen.', 'Which life domains play a part.'),
  clause(
    'underlyingLifeDomains',
    'optional',
    'Op welke leefdomeinen de vraag werkelijk ligt.',
    'On which life domains the question really rests.',
  ),
  clause(
    'professionalsInvolved',
    'optional',
    'Hoeveel professionals betrokken zijn (geen namen).',
    'How many professionals are involved (no names).',
  ),
  clause(
    'organisationTypesInvolved',
    'optional',
    'Welke soorten organisaties betrokken zijn.',
    'Which kinds of organisations are involved.',
  ),
  clause('legalFrameworks', 'optional', 'Welke wetten de situatie raakt.', 'Which laws the situation touches.'),
  clause(
    'caseDirectorOrganisation',
    'optional',
    'Wie de regie heeft, als organisatie.',
    'Who holds the lead, as an organisation.',
  ),
  clause('ageGroup', 'optional', 'Een leeftijdsgroep, geen geboortedatum.', 'An age group, never a date of birth.'),
  clause(
    'diagnosis',
    'not-recorded',
    'We registreren geen diagnoses: die horen in het dossier van de hulpverlener, niet in het leren.',
    "We do not record diagnoses: they belong in the practitioner's file, not in learning.",
  ),
  clause(
    'familyMembers',
    'not-recorded',
    'We registreren geen namen van gezinsleden.',
    'We do not record names of family members.',
  ),
];

export const demoCases: {
  team: 'oude-ijsselstreek' | 'maastricht';
  by: string;
  status: 'brought-in' | 'discussed' | 'closed';
  fields: CaseFields;
}[] = [
  {
    team: 'maastricht',
    by: 'buiten@leerkring.test',
    status: 'discussed',
    fields: {
      title: 'Huishouden met veertien betrokken professionals',
      narrative:
        'Een huishouden in de wijk krijgt hulp van veertien professionals uit zes organisaties. De aanmelding ging over vervoer naar de dagbesteding. ' +
        'In het gesprek aan de keukentafel bleek dat de oudste bewoner zich eenzaam voelt sinds de buurtsoos sloot en geen reden meer ziet om de deur uit te gaan. ' +
        'Iedere professional deed zijn eigen stukje; niemand had het overzicht. Na de bespreking neemt één gezinsregisseur de regie.',
      presentingQuestion: 'Vervoer naar de dagbesteding regelen.',
      presentingDimensions: ['daily-functioning'],
      underlyingQuestion: 'Eenzaamheid en het gevoel er niet meer toe te doen.',
      underlyingDimensions: ['meaning', 'participation'],
      lifeDomains: ['social-network', 'daytime-activities', 'instrumental-adl'],
      professionalsInvolved: 14,
      organisationTypesInvolved: ['gemeente', 'zorgaanbieder', 'welzijnsorganisatie', 'ggd'],
      legalFrameworks: ['wmo-2015', 'zvw'],
      ageGroup: '75+',
    },
  },
  {
    team: 'oude-ijsselstreek',
    by: 'partner@leerkring.test',
    status: 'discussed',
    fields: {
      title: 'Jongere tussen jeugdhulp en Wmo bij het 18e jaar',
      narrative:
        'Een jongere wordt achttien en valt uit de jeugdhulp. De Wmo vraagt een nieuwe indicatie in uren, terwijl de jeugdhulp resultaatgericht werkte. ' +
        'Drie maanden lang was onduidelijk wie de begeleiding betaalt. De jongere haakte af bij de opleiding.',
      presentingQuestion: 'Verlenging van de ambulante begeleiding.',
      presentingDimensions: ['daily-functioning'],
      underlyingQuestion: 'Perspectief op werk en een eigen plek.',
      underlyingDimensions: ['meaning', 'quality-of-life'],
      lifeDomains: ['work-and-education', 'housing'],
      professionalsInvolved: 6,
      organisationTypesInvolved: ['gemeente', 'zorgaanbieder'],
      legalFrameworks: ['jeugdwet', 'wmo-2015'],
      ageGroup: '18-23',
    },
  },
  {
    team: 'oude-ijsselstreek',
    by: 'partner2@leerkring.test',
    status: 'brought-in',
    fields: {
      title: 'Mantelzorger raakt overbelast',
      narrative:
        'Een mantelzorger zorgt al vier jaar voor een partner met geheugenproblemen. De aanmelding ging over huishoudelijke hulp. ' +
        'Achter de vraag zit uitputting en schuld over het willen van tijd voor zichzelf.',
      presentingQuestion: 'Meer uren huishoudelijke hulp.',
      presentingDimensions: ['daily-functioning'],
      lifeDomains: ['domestic-relations', 'mental-health'],
      professionalsInvolved: 4,
      organisationTypesInvolved: ['zorgaanbieder', 'welzijnsorganisatie'],
      legalFrameworks: ['wmo-2015', 'wlz'],
      ageGroup: '65-75',
    },
  },
  {
    team: 'oude-ijsselstreek',
    by: 'partner@leerkring.test',
    status: 'closed',
    fields: {
      title: 'Schulden en een dreigende huisuitzetting',
      narrative:
        'Een gezin met drie kinderen heeft een huurachterstand van € 4.200. De woningcorporatie, de schuldhulp en de jeugdhulp werkten langs elkaar heen. ' +
        'Na één gezamenlijk plan met één casusregisseur is de uitzetting voorkomen.',
      presentingQuestion: 'Hulp bij een betalingsregeling.',
      presentingDimensions: ['quality-of-life'],
      underlyingQuestion: 'Rust en overzicht in het gezin.',
      underlyingDimensions: ['mental-wellbeing'],
      lifeDomains: ['finances', 'housing', 'domestic-relations'],
      professionalsInvolved: 7,
      organisationTypesInvolved: ['gemeente', 'welzijnsorganisatie', 'other'],
      legalFrameworks: ['wgs', 'jeugdwet'],
    },
  },
];

/** Lessons of the Oude IJsselstreek bouwteam, linked to the demo cases by title. */
export const demoLessons: {
  caseTitles: string[];
  text: string;
  theme: 'collaboration' | 'case-direction' | 'financing' | 'registration' | 'transitions';
  dimensions: ('meaning' | 'participation' | 'daily-functioning' | 'quality-of-life' | 'mental-wellbeing')[];
  followUp: 'change-agreement' | 'change-guideline' | 'escalate-obstacle' | 'none';
}[] = [
  {
    caseTitles: ['Schulden en een dreigende huisuitzetting'],
    text: 'Eén plan met één casusregisseur werkt beter dan drie losse trajecten: spreek bij meer dan drie betrokken partijen altijd een regisseur af.',
    theme: 'case-direction',
    dimensions: ['quality-of-life'],
    followUp: 'change-agreement',
  },
  {
    caseTitles: ['Jongere tussen jeugdhulp en Wmo bij het 18e jaar'],
    text: 'Begin een half jaar voor het 18e jaar met het overgangsgesprek, met jeugdhulp en Wmo samen aan tafel.',
    theme: 'transitions',
    dimensions: ['meaning'],
    followUp: 'change-agreement',
  },
  {
    caseTitles: ['Jongere tussen jeugdhulp en Wmo bij het 18e jaar'],
    text: 'De Wmo vraagt uren te indiceren waar de jeugdhulp resultaatgericht werkt; dat breekt de begeleiding op het slechtste moment.',
    theme: 'financing',
    dimensions: ['daily-functioning'],
    followUp: 'escalate-obstacle',
  },
];

export const demoObstacles = [
  {
    title: 'Wmo vraagt uren te indiceren',
    description:
      'Waar de jeugdhulp resultaatgericht financiert, vraagt de Wmo na het 18e jaar een indicatie in uren. De begeleiding stopt tot die er is.',
    legalFramework: 'wmo-2015' as const,
    caseTitles: ['Jongere tussen jeugdhulp en Wmo bij het 18e jaar'],
  },
];

/**
 * Two hundred brief cases of the Oude IJsselstreek bouwteam, for the manager's insight into where presenting questions
 * rest. Deterministic, so the demo shows the same picture every time; the spread follows the seed stories (a question
 * about transport or help at home that turns out to be about loneliness, meaning or money).
 */
export function insightCases(): CaseFields[] {
  const patterns: {
    question: string;
    presenting: PositiveHealthDimensionCode;
    underlying: PositiveHealthDimensionCode[];
    weight: number;
  }[] = [
    {
      question: 'Vervoer naar de dagbesteding',
      presenting: 'daily-functioning',
      underlying: ['participation', 'meaning'],
      weight: 46,
    },
    {
      question: 'Meer huishoudelijke hulp',
      presenting: 'daily-functioning',
      underlying: ['mental-wellbeing'],
      weight: 34,
    },
    {
      question: 'Aanpassing van de woning',
      presenting: 'bodily-functions',
      underlying: ['quality-of-life'],
      weight: 28,
    },
    {
      question: 'Hulp bij de administratie',
      presenting: 'daily-functioning',
      underlying: ['quality-of-life'],
      weight: 30,
    },
    { question: 'Klachten en pijn', presenting: 'bodily-functions', underlying: ['meaning'], weight: 24 },
    { question: 'Ruzie thuis', presenting: 'mental-wellbeing', underlying: ['participation'], weight: 20 },
    { question: 'Slecht slapen', presenting: 'bodily-functions', underlying: ['mental-wellbeing'], weight: 15 },
    { question: 'Een andere school', presenting: 'participation', underlying: ['mental-wellbeing'], weight: 3 },
  ];
  const cases: CaseFields[] = [];
  let number = 1;
  for (const pattern of patterns) {
    for (let index = 0; index < pattern.weight; index++, number++) {
      cases.push({
        title: `Casus ${number}: ${pattern.question.toLowerCase()}`,
        narrative: `Korte casus uit de wijk. De aanmelding ging over: ${pattern.question.toLowerCase()}. In de bespreking bleek de vraag dieper te liggen.`,
        presentingQuestion: pattern.question,
        presentingDimensions: [pattern.presenting],
        underlyingDimensions: pattern.underlying,
      });
    }
  }
  return cases;
}
