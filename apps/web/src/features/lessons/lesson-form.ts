import { LessonCreateSchema } from '@leerkring/domain';
import { chosenOption } from '../../lib/form';

/** A new lesson: the domain's rules, with the theme chosen in a select (none chosen is ''); the page adds the rest. */
export const lessonFormSchema = LessonCreateSchema.omit({ buildingTeamId: true, sessionIds: true }).extend({
  theme: chosenOption(LessonCreateSchema.shape.theme),
});
