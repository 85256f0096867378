import { z } from 'zod';
import { IdSchema, ReferenceSchema, TimestampSchema } from '../common/schema.js';
import { PositiveHealthDimensionSchema } from '../vocabulary/positive-health.js';
import { LessonThemeSchema } from './schema.js';

export const GroupLessonSchema = z
  .object({
    id: IdSchema,
    learningGroup: ReferenceSchema,
    text: z.string(),
    sessionIds: z.array(IdSchema).meta({ description: "The group's meetings it came from." }),
    dimensions: z.array(PositiveHealthDimensionSchema),
    theme: LessonThemeSchema,
    sharedFrom: z.object({ lessonId: IdSchema, buildingTeam: ReferenceSchema }).nullable().meta({
      description:
        "The bouwteam lesson this is a copy of, shared into the group; null for the group's own lesson. The source's cases stay with the bouwteam.",
    }),
    sharedBy: ReferenceSchema.nullable().meta({ description: 'Who shared it; null for the group’s own lesson.' }),
    recordedBy: ReferenceSchema,
    mayWithdraw: z
      .boolean()
      .meta({ description: 'Whether the caller may withdraw it: its sharer, or an administrator.' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({
    id: 'GroupLesson',
    description:
      'A lesson of a learning group: recorded by the group, or shared from a bouwteam as a copy without its cases.',
  });
export type GroupLesson = z.infer<typeof GroupLessonSchema>;
export const GroupLessonListSchema = z
  .object({ items: z.array(GroupLessonSchema).meta({ description: 'Newest first.' }) })
  .meta({ id: 'GroupLessonList' });

export const GroupLessonCreateSchema = z
  .strictObject({
    text: z.string().trim().min(10, 'Beschrijf de les in minstens 10 tekens.').max(5_000),
    sessionIds: z.array(IdSchema).max(50).default([]).meta({ description: 'Meetings of the same group.' }),
    dimensions: z.array(PositiveHealthDimensionSchema).max(6).default([]),
    theme: LessonThemeSchema,
  })
  .meta({ id: 'GroupLessonCreate', description: "A learning group's own lesson; the text passes the privacy guard." });
export type GroupLessonCreate = z.infer<typeof GroupLessonCreateSchema>;

export const LessonShareSchema = z
  .strictObject({ learningGroupId: IdSchema.meta({ description: 'A group the caller is a member of.' }) })
  .meta({ id: 'LessonShare', description: 'Share a bouwteam lesson into a learning group.' });
export type LessonShare = z.infer<typeof LessonShareSchema>;

export const GroupLessonIdParamsSchema = z.strictObject({ groupLessonId: IdSchema });
export const LearningGroupLessonParamsSchema = z.strictObject({ learningGroupId: IdSchema });
