/** The English code names of the domain with their Dutch terms, as published in the API documentation and docs/. */
export const glossary = [
  {
    en: 'Organisation',
    nl: 'organisatie',
    meaning: "municipality, provider, GGD, insurer, network, knowledge institute, residents' initiative",
  },
  { en: 'Region', nl: 'regio', meaning: 'a set of municipalities (e.g. Achterhoek, Zuid-Limburg)' },
  {
    en: 'BuildingTeam',
    nl: 'bouwteam',
    meaning:
      'a municipality and its partner organisations working on one transformation (youth, Wmo, elderly care, a neighbourhood)',
  },
  {
    en: 'Case',
    nl: 'casus',
    meaning: 'an anonymised situation brought in by a partner; about a situation, never a person',
  },
  {
    en: 'IntervisionMethod',
    nl: 'intervisiemethode',
    meaning: 'a named method as data: ordered phases with time boxes and input rules',
  },
  {
    en: 'IntervisionSession',
    nl: 'intervisiesessie',
    meaning: 'one meeting following a method, with roles, phase notes and carried-over actions',
  },
  {
    en: 'Lesson',
    nl: 'geleerde les',
    meaning: 'an insight linked to the cases and sessions it came from, with a proposed follow-up',
  },
  {
    en: 'Agreement',
    nl: '(werk)afspraak',
    meaning: 'a shared text of a bouwteam or learning group, kept as a bètaversie',
  },
  {
    en: 'AgreementVersion',
    nl: 'versie',
    meaning: 'one version of an agreement: concept, bèta, vastgesteld, vervallen',
  },
  {
    en: 'Consent',
    nl: 'instemming',
    meaning: "one partner organisation's stance on a version: consent, object, stand aside",
  },
  {
    en: 'RegistrationGuideline',
    nl: 'registratierichtlijn',
    meaning: '"wat we wel en niet registreren": per case field required, optional or not recorded',
  },
  { en: 'LearningGroup', nl: 'leergroep', meaning: 'organisations or regions learning together across boundaries' },
  {
    en: 'Iteration',
    nl: 'iteratie (actieonderzoek)',
    meaning: 'one plan, act, observe, reflect cycle on an agreement',
  },
  { en: 'Measure', nl: 'meting', meaning: 'an indicator with data points over time' },
  { en: 'GalaPlan', nl: 'GALA-plan', meaning: 'a plan under the Gezond en Actief Leven Akkoord' },
  {
    en: 'GalaGoal',
    nl: 'GALA-doel',
    meaning: 'one of the seven goals of the GALA (health inequalities, social basis, vital ageing …)',
  },
  {
    en: 'ChainApproach',
    nl: 'ketenaanpak',
    meaning: 'one of the five GALA chain approaches (GLI, valpreventie, Welzijn op recept, Kansrijke Start …)',
  },
  {
    en: 'BudgetBlock',
    nl: 'bouwsteen (SPUK)',
    meaning: 'one of the three budget blocks of the broad SPUK 2023–2026, planned and spent per year',
  },
  { en: 'Milestone', nl: 'mijlpaal', meaning: 'a dated step of a GALA plan, such as the mid-term review' },
  { en: 'ProgressNote', nl: 'voortgangsnotitie', meaning: 'a dated note on how a GALA plan is going' },
  { en: 'KnowledgeVoucher', nl: 'kennisvoucher', meaning: 'expert support granted to a regional network' },
  {
    en: 'VoucherEvaluation',
    nl: 'evaluatie (kennisvoucher)',
    meaning: 'what a completed knowledge voucher brought: a score and the lessons it led to',
  },
  { en: 'SystemObstacle', nl: 'systeemhobbel', meaning: 'a rule or financing barrier met in a case, for escalation' },
  {
    en: 'AccessLogEntry',
    nl: 'toegangslog',
    meaning: 'who did what to which record, when, in which role, on whose behalf and why (NEN 7513)',
  },
  {
    en: 'PositiveHealthDimension',
    nl: 'dimensie van Positieve Gezondheid',
    meaning: 'one of the six dimensions used to code questions and lessons',
  },
  { en: 'LifeDomain', nl: 'leefdomein', meaning: 'a life domain after the Zelfredzaamheid-Matrix' },
  { en: 'LegalFramework', nl: 'wettelijk kader', meaning: 'a law a case can touch (Wmo 2015, Jeugdwet …)' },
] as const;

/** The glossary as a Markdown table. */
export function glossaryMarkdown(): string {
  const rows = glossary.map((term) => `| ${term.en} | ${term.nl} | ${term.meaning} |`);
  return ['| English (API) | Nederlands (UI) | Meaning |', '|---|---|---|', ...rows].join('\n');
}
