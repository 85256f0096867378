import { z } from 'zod';
import { IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { CursorSchema, PageQuerySchema, pageOf } from '../pagination/schema.js';
import { searchTerms } from '../common/search.js';
import { LegalFrameworkSchema } from '../vocabulary/legal-frameworks.js';
import { LifeDomainSchema } from '../vocabulary/life-domains.js';
import { OrganisationTypeSchema } from '../vocabulary/organisation-types.js';
import { PositiveHealthDimensionSchema } from '../vocabulary/positive-health.js';

export const CaseStatusSchema = z
  .enum(['brought-in', 'discussed', 'closed'])
  .meta({ id: 'CaseStatus', description: 'Ingebracht → besproken → afgesloten.' });
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

const freeText = (max: number) => z.string().trim().max(max);
const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((values) => new Set(values).size === values.length, 'Elke waarde mag maar één keer voorkomen.');

/**
 * The fields of a case as a client writes them. Which of them may be recorded at all, and which are required, is
 * decided by the bouwteam's registration guideline in force; free text passes the privacy guard.
 */
export const CaseFieldsSchema = z.strictObject({
  title: freeText(200).min(3, 'Geef de casus een titel van minstens 3 tekens.').optional(),
  narrative: freeText(20_000).optional(),
  presentingQuestion: freeText(2_000).optional(),
  presentingDimensions: unique(PositiveHealthDimensionSchema, 6).optional(),
  underlyingQuestion: freeText(2_000).optional(),
  underlyingDimensions: unique(PositiveHealthDimensionSchema, 6).optional(),
  lifeDomains: unique(LifeDomainSchema, 13)
    .optional()
    .meta({ description: 'The life domains of the presenting question.' }),
  underlyingLifeDomains: unique(LifeDomainSchema, 13)
    .optional()
    .meta({ description: 'The life domains where the question turned out to rest.' }),
  professionalsInvolved: z.number().int().min(0).max(500).optional(),
  organisationTypesInvolved: unique(OrganisationTypeSchema, 9).optional(),
  legalFrameworks: unique(LegalFrameworkSchema, 7).optional(),
  caseDirectorOrganisationId: IdSchema.optional(),
  ageGroup: freeText(40).optional(),
  diagnosis: freeText(500).optional(),
  familyMembers: freeText(500).optional(),
});
export type CaseFields = z.infer<typeof CaseFieldsSchema>;

export const CaseCreateSchema = CaseFieldsSchema.extend({ buildingTeamId: IdSchema }).meta({
  id: 'CaseCreate',
  description: 'A case brought in for a bouwteam. A case is about a situation, never a person.',
});
export type CaseCreate = z.infer<typeof CaseCreateSchema>;

export const CaseUpdateSchema = CaseFieldsSchema.extend({ status: CaseStatusSchema.optional() })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({
    id: 'CaseUpdate',
    description: 'Changes to a case; only the fields given change, and each change is kept in its history.',
  });
export type CaseUpdate = z.infer<typeof CaseUpdateSchema>;

const absentInCodedView = (what: string) =>
  `${what} Null in the coded view (\`content: "coded"\`, e.g. for a manager): a free text that can retell the case.`;

export const CaseContentSchema = z.enum(['full', 'coded']).meta({
  id: 'CaseContent',
  description:
    'What the caller receives of a case: `full` for those who may read case content (partners, facilitators, ' +
    'experience experts of the bouwteam); `coded` for managers — coded fields only, every free text null.',
});
export type CaseContent = z.infer<typeof CaseContentSchema>;

export const CaseSchema = z
  .object({
    id: IdSchema,
    content: CaseContentSchema,
    buildingTeam: ReferenceSchema,
    title: z
      .string()
      .nullable()
      .meta({ description: absentInCodedView('The title.') }),
    narrative: z
      .string()
      .nullable()
      .meta({ description: absentInCodedView('The narrative.') }),
    presentingQuestion: z
      .string()
      .nullable()
      .meta({ description: absentInCodedView('The presenting question.') }),
    presentingDimensions: z.array(PositiveHealthDimensionSchema),
    underlyingQuestion: z
      .string()
      .nullable()
      .meta({ description: absentInCodedView('The underlying question.') }),
    underlyingDimensions: z.array(PositiveHealthDimensionSchema),
    lifeDomains: z.array(LifeDomainSchema).meta({ description: 'The life domains of the presenting question.' }),
    underlyingLifeDomains: z
      .array(LifeDomainSchema)
      .meta({ description: 'The life domains where the question turned out to rest.' }),
    professionalsInvolved: z.number().int().nullable(),
    organisationTypesInvolved: z.array(OrganisationTypeSchema),
    legalFrameworks: z.array(LegalFrameworkSchema),
    caseDirectorOrganisation: ReferenceSchema.nullable(),
    ageGroup: z
      .string()
      .nullable()
      .meta({ description: absentInCodedView('The age group, as written.') }),
    diagnosis: z
      .string()
      .nullable()
      .meta({ description: absentInCodedView('The diagnosis.') }),
    familyMembers: z
      .string()
      .nullable()
      .meta({ description: absentInCodedView('The family members.') }),
    status: CaseStatusSchema,
    broughtInBy: ReferenceSchema.meta({ description: 'The partner who brought the case in.' }),
    organisation: ReferenceSchema.meta({ description: 'The organisation of the partner who brought it in.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'Case',
    description:
      'Casus: an anonymised situation brought in by a partner. In the coded view (`content: "coded"`) every free text is null.',
  });
export type Case = z.infer<typeof CaseSchema>;

export const CaseListQuerySchema = PageQuerySchema.extend({
  buildingTeamId: IdSchema.optional(),
  status: CaseStatusSchema.optional(),
  lifeDomain: LifeDomainSchema.optional(),
  legalFramework: LegalFrameworkSchema.optional(),
  search: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine((text) => searchTerms(text).length > 0, 'Geef minstens één woord om op te zoeken.')
    .optional()
    .meta({
      description:
        'Words in the title or the narrative, in the bouwteams whose case content the caller may read (titles are free ' +
        "text too: a manager's search matches nothing). Every " +
        'word must occur, as a word or the start of one ("vervoer" finds "vervoersproblemen"); letters and digits ' +
        'only, other characters separate words. The answer is ordered by relevance.',
    }),
  after: CursorSchema.optional().meta({
    description:
      'Keyset paging for walking a whole list: the `meta.nextCursor` of the previous page gives the page after it, ' +
      'newest first; `page` is then not used. Not together with `search`, which is ordered by relevance.',
  }),
}).superRefine((query, context) => {
  if (query.after !== undefined && query.search !== undefined)
    context.addIssue({
      code: 'custom',
      path: ['after'],
      message: 'Een zoekopdracht pagineert met paginanummers, niet met een cursor.',
    });
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

/** A run of a highlighted fragment: `match` marks the words that matched the search. */
export const HighlightSegmentSchema = z
  .object({ text: z.string(), match: z.boolean() })
  .meta({ id: 'HighlightSegment' });
export type HighlightSegment = z.infer<typeof HighlightSegmentSchema>;

export const CasePageSchema = pageOf(CaseSchema)
  .extend({
    highlights: z
      .record(IdSchema, z.array(HighlightSegmentSchema))
      .optional()
      .meta({
        description:
          "Only in a search: per case id, the narrative's fragments around the matches, for the cases whose narrative " +
          'the caller may read (never for a manager).',
      }),
  })
  .meta({ id: 'CasePage' });
export const CaseIdParamsSchema = z.strictObject({ caseId: IdSchema });

export const CaseChangeSchema = z
  .object({
    id: IdSchema,
    changedAt: TimestampSchema,
    changedBy: ReferenceSchema,
    fields: z.array(z.string()).meta({ description: 'The fields that changed.' }),
  })
  .meta({ id: 'CaseChange', description: 'One change of a case: who, when and which fields.' });
export const CaseHistorySchema = z.object({ items: z.array(CaseChangeSchema) }).meta({ id: 'CaseHistory' });
