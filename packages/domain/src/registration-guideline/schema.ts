import { z } from 'zod';
import { LabelSchema } from '../vocabulary/label.js';

/** Every field a case can have; the guideline in force decides per bouwteam which exist at all. */
export const caseFields = [
  { code: 'title', label: { nl: 'Titel', en: 'Title' } },
  { code: 'narrative', label: { nl: 'Verhaal', en: 'Narrative' } },
  { code: 'presentingQuestion', label: { nl: 'Aanmeldvraag', en: 'Presenting question' } },
  {
    code: 'presentingDimensions',
    label: { nl: 'Dimensies aanmeldvraag', en: 'Dimensions of the presenting question' },
  },
  { code: 'underlyingQuestion', label: { nl: 'Onderliggende vraag', en: 'Underlying question' } },
  {
    code: 'underlyingDimensions',
    label: { nl: 'Dimensies onderliggende vraag', en: 'Dimensions of the underlying question' },
  },
  {
    code: 'lifeDomains',
    label: { nl: 'Leefdomeinen aanmeldvraag', en: 'Life domains of the presenting question' },
  },
  {
    code: 'underlyingLifeDomains',
    label: { nl: 'Leefdomeinen onderliggende vraag', en: 'Life domains of the underlying question' },
  },
  {
    code: 'professionalsInvolved',
    label: { nl: 'Aantal betrokken professionals', en: 'Number of professionals involved' },
  },
  {
    code: 'organisationTypesInvolved',
    label: { nl: 'Betrokken soorten organisaties', en: 'Kinds of organisations involved' },
  },
  { code: 'legalFrameworks', label: { nl: 'Wettelijke kaders', en: 'Legal frameworks' } },
  {
    code: 'caseDirectorOrganisation',
    label: { nl: 'Organisatie van de casusregisseur', en: "Case director's organisation" },
  },
  { code: 'diagnosis', label: { nl: 'Diagnose', en: 'Diagnosis' } },
  { code: 'familyMembers', label: { nl: 'Gezinsleden', en: 'Family members' } },
  { code: 'ageGroup', label: { nl: 'Leeftijdsgroep', en: 'Age group' } },
] as const;

export const CaseFieldSchema = z
  .enum(
    caseFields.map((field) => field.code) as [
      (typeof caseFields)[number]['code'],
      ...(typeof caseFields)[number]['code'][],
    ],
  )
  .meta({ id: 'CaseField', description: 'A field a case can have.' });
export type CaseField = z.infer<typeof CaseFieldSchema>;

export const FieldRuleSchema = z.enum(['required', 'optional', 'not-recorded']).meta({ id: 'FieldRule' });
export type FieldRule = z.infer<typeof FieldRuleSchema>;

export const GuidelineClauseSchema = z
  .object({
    field: CaseFieldSchema,
    rule: FieldRuleSchema,
    purpose: LabelSchema.meta({ description: 'Why the field is (not) recorded.' }),
    retention: z.string().max(200).meta({ description: 'How long it is kept, e.g. "2 jaar na afsluiten".' }),
  })
  .meta({ id: 'GuidelineClause', description: 'What a guideline says about one case field.' });
export type GuidelineClause = z.infer<typeof GuidelineClauseSchema>;

export const GuidelineStatusSchema = z
  .enum(['concept', 'in-force', 'superseded'])
  .meta({ id: 'GuidelineStatus', description: 'Concept, in force (one at a time per bouwteam), or superseded.' });
export type GuidelineStatus = z.infer<typeof GuidelineStatusSchema>;

const ReferenceLikeSchema = z.object({ id: z.uuid(), name: z.string() });

export const ClauseReasonsSchema = z
  .object({
    lessons: z
      .array(z.object({ id: z.uuid(), text: z.string(), theme: z.string() }))
      .meta({ description: 'The lessons that led to this clause.' }),
    caseCount: z.number().int().min(0).meta({ description: 'Distinct cases behind those lessons.' }),
    sessionCount: z.number().int().min(0).meta({ description: 'Distinct intervision sessions behind those lessons.' }),
  })
  .meta({
    id: 'ClauseReasons',
    description: 'Why a clause says what it says: its lessons, and the cases and sessions behind them.',
  });
export type ClauseReasons = z.infer<typeof ClauseReasonsSchema>;

export const GuidelineClauseWithReasonsSchema = GuidelineClauseSchema.extend({
  lessonIds: z.array(z.uuid()).meta({ description: 'The lessons that led to this clause.' }),
  reasons: ClauseReasonsSchema,
}).meta({ id: 'GuidelineClauseWithReasons', description: 'A clause of a guideline version, with why.' });
export type GuidelineClauseWithReasons = z.infer<typeof GuidelineClauseWithReasonsSchema>;

/** A clause as a new version is written: the lessons that led to it, of the same bouwteam. */
export const GuidelineClauseInputSchema = GuidelineClauseSchema.extend({
  lessonIds: z
    .array(z.uuid())
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'Elke les mag maar één keer genoemd worden.')
    .default([])
    .meta({ description: 'Lessons of the same bouwteam that led to this clause.' }),
}).meta({ id: 'GuidelineClauseInput' });
export type GuidelineClauseInput = z.infer<typeof GuidelineClauseInputSchema>;

export const RegistrationGuidelineSchema = z
  .object({
    id: z.uuid(),
    buildingTeam: ReferenceLikeSchema,
    version: z.number().int().min(1),
    status: GuidelineStatusSchema,
    clauses: z.array(GuidelineClauseWithReasonsSchema),
    changelog: z.string(),
    lessonIds: z.array(z.uuid()).meta({
      description: "The lessons that led to this version: those named for the version and every clause's.",
    }),
    inForceSince: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({
    id: 'RegistrationGuideline',
    description: 'Registratierichtlijn: wat we wel en niet registreren, per bouwteam, in versies.',
  });
export type RegistrationGuideline = z.infer<typeof RegistrationGuidelineSchema>;

export const RegistrationGuidelineCreateSchema = z
  .strictObject({
    buildingTeamId: z.uuid(),
    clauses: z
      .array(GuidelineClauseInputSchema)
      .min(1)
      .refine(
        (clauses) => new Set(clauses.map((clause) => clause.field)).size === clauses.length,
        'Elk veld mag één keer in de richtlijn staan.',
      )
      .refine(
        (clauses) => clauses.some((clause) => clause.field === 'title' && clause.rule === 'required'),
        'De titel is altijd verplicht.',
      ),
    changelog: z.string().trim().min(3, 'Schrijf in minstens 3 tekens wat er verandert.').max(5_000),
    lessonIds: z
      .array(z.uuid())
      .max(50)
      .default([])
      .meta({ description: 'Lessons of the same bouwteam behind the version as a whole (besides the clauses’).' }),
    putInForce: z
      .boolean()
      .default(false)
      .meta({ description: 'Put this version in force at once, superseding the one in force.' }),
  })
  .meta({ id: 'RegistrationGuidelineCreate', description: "A new version of a bouwteam's registration guideline." });
export type RegistrationGuidelineCreate = z.infer<typeof RegistrationGuidelineCreateSchema>;
