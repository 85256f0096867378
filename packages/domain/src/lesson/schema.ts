import { z } from 'zod';
import { codesOf, type Term } from '../vocabulary/label.js';
import { IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PageQuerySchema, pageOf } from '../pagination/schema.js';
import { PositiveHealthDimensionSchema } from '../vocabulary/positive-health.js';

/** Themes to code lessons with; the starting list, to be made configurable by administrators. */
export const lessonThemes = [
  { code: 'collaboration', label: { nl: 'Samenwerking', en: 'Collaboration' } },
  { code: 'case-direction', label: { nl: 'Regie en casusregisseur', en: 'Case direction' } },
  { code: 'financing', label: { nl: 'Financiering', en: 'Financing' } },
  { code: 'registration', label: { nl: 'Registratie', en: 'Registration' } },
  { code: 'residents-voice', label: { nl: 'Stem van de inwoner', en: "Residents' voice" } },
  { code: 'transitions', label: { nl: 'Overgangen (18-/18+, zorg-wonen)', en: 'Transitions' } },
  { code: 'prevention', label: { nl: 'Preventie en voorliggend veld', en: 'Prevention' } },
] as const satisfies readonly Term[];
export const LessonThemeSchema = z.enum(codesOf(lessonThemes)).meta({ id: 'LessonTheme' });
export type LessonTheme = z.infer<typeof LessonThemeSchema>;

export const LessonFollowUpSchema = z
  .enum(['change-agreement', 'change-guideline', 'escalate-obstacle', 'none'])
  .meta({ id: 'LessonFollowUp', description: 'What the lesson asks for next.' });
export const LessonStatusSchema = z.enum(['open', 'in-progress', 'done']).meta({ id: 'LessonStatus' });

export const LessonSchema = z
  .object({
    id: IdSchema,
    buildingTeam: ReferenceSchema,
    text: z.string(),
    caseIds: z.array(IdSchema),
    sessionIds: z.array(IdSchema),
    dimensions: z.array(PositiveHealthDimensionSchema),
    theme: LessonThemeSchema,
    followUp: LessonFollowUpSchema,
    status: LessonStatusSchema,
    recordedBy: ReferenceSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Lesson', description: 'Geleerde les: an insight, linked to the cases and sessions it came from.' });
export type Lesson = z.infer<typeof LessonSchema>;

const ids = z.array(IdSchema).max(50).default([]);

export const LessonCreateSchema = z
  .strictObject({
    buildingTeamId: IdSchema,
    text: z.string().trim().min(10, 'Beschrijf de les in minstens 10 tekens.').max(5_000),
    caseIds: ids,
    sessionIds: ids,
    dimensions: z.array(PositiveHealthDimensionSchema).max(6).default([]),
    theme: LessonThemeSchema,
    followUp: LessonFollowUpSchema.default('none'),
  })
  .meta({ id: 'LessonCreate' });
export type LessonCreate = z.infer<typeof LessonCreateSchema>;

export const LessonUpdateSchema = z
  .strictObject({
    text: z.string().trim().min(10).max(5_000).optional(),
    dimensions: z.array(PositiveHealthDimensionSchema).max(6).optional(),
    theme: LessonThemeSchema.optional(),
    followUp: LessonFollowUpSchema.optional(),
    status: LessonStatusSchema.optional(),
  })
  .refine((update) => Object.keys(update).length > 0, 'Geef minstens één veld om te wijzigen.')
  .meta({ id: 'LessonUpdate' });
export type LessonUpdate = z.infer<typeof LessonUpdateSchema>;

export const LessonListQuerySchema = PageQuerySchema.extend({
  buildingTeamId: IdSchema.optional(),
  theme: LessonThemeSchema.optional(),
  dimension: PositiveHealthDimensionSchema.optional(),
  caseId: IdSchema.optional(),
  status: LessonStatusSchema.optional(),
});
export type LessonListQuery = z.infer<typeof LessonListQuerySchema>;
export const LessonPageSchema = pageOf(LessonSchema).meta({ id: 'LessonPage' });
export const LessonIdParamsSchema = z.strictObject({ lessonId: IdSchema });

export const LessonErrorCode = {
  NOT_FOUND: 'LESSON_NOT_FOUND',
  LINK_NOT_FOUND: 'LESSON_LINK_NOT_FOUND',
  IDENTIFIER_FOUND: 'LESSON_IDENTIFIER_FOUND',
  GROUP_NOT_FOUND: 'LESSON_GROUP_NOT_FOUND',
  ALREADY_SHARED: 'LESSON_ALREADY_SHARED',
} as const;
export type LessonErrorCode = (typeof LessonErrorCode)[keyof typeof LessonErrorCode];
export class LessonError extends Error {
  constructor(
    readonly code: LessonErrorCode,
    message: string,
    readonly invalidParams: {
      name: string;
      reason: string;
      code?: string;
      kind?: string;
      start?: number;
      end?: number;
    }[] = [],
  ) {
    super(message);
    this.name = 'LessonError';
  }
}
