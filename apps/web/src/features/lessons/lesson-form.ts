import { LessonCreateSchema, LessonListQuerySchema } from '@leerkring/domain';
import { z } from 'zod';
import { chosenOption, filterValue } from '../../lib/form';

/** A new lesson: the domain's rules, with the theme chosen in a select (none chosen is ''); the page adds the rest. */
export const lessonFormSchema = LessonCreateSchema.omit({ buildingTeamId: true, sessionIds: true }).extend({
  theme: chosenOption(LessonCreateSchema.shape.theme),
});

/** The lesson list's filters as the URL and the form hold them, checked by the domain's rules for the list query. */
export const lessonFilterSchema = z.object({
  thema: filterValue(LessonListQuerySchema.shape.theme),
  dimensie: filterValue(LessonListQuerySchema.shape.dimension),
});
