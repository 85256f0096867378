import type { z } from 'zod';
import type { LessonFollowUpSchema } from './schema.js';

/** A lesson whose follow-up is "change an agreement" can become a proposed clause change in one step. */
export function lessonAsksForAgreementChange(lesson: { followUp: z.infer<typeof LessonFollowUpSchema> }): boolean {
  return lesson.followUp === 'change-agreement';
}
