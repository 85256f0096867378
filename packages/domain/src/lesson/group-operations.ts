import { defineOperation } from '../api/operation.js';
import {
  GroupLessonCreateSchema,
  GroupLessonIdParamsSchema,
  GroupLessonListSchema,
  GroupLessonSchema,
  LearningGroupLessonParamsSchema,
  LessonShareSchema,
} from './group-schema.js';
import { LessonIdParamsSchema } from './schema.js';

const tag = 'Lessons';
const purpose = 'Leren in de leergroep';

export const listLearningGroupLessons = defineOperation({
  operationId: 'listLearningGroupLessons',
  method: 'GET',
  path: '/learning-groups/{learningGroupId}/lessons',
  summary: "List a learning group's lessons",
  description:
    'The group’s own lessons and those shared into it (not withdrawn), newest first. A shared one names its source bouwteam; ' +
    'its cases are never shown. A group the caller is not part of answers 404.',
  tag,
  params: LearningGroupLessonParamsSchema,
  success: { status: 200, description: 'The lessons.', schema: GroupLessonListSchema },
  errors: [401, 403, 404],
  access: { permission: 'lesson:read' },
  purpose,
});

export const createLearningGroupLesson = defineOperation({
  operationId: 'createLearningGroupLesson',
  method: 'POST',
  path: '/learning-groups/{learningGroupId}/lessons',
  summary: 'Record a lesson of a learning group',
  description:
    'A member records a lesson of the group, from its meetings or directly. The text passes the privacy guard (422 naming ' +
    'the field; nothing stored).',
  tag,
  params: LearningGroupLessonParamsSchema,
  body: GroupLessonCreateSchema,
  success: { status: 201, description: 'The lesson as stored.', schema: GroupLessonSchema },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'group-lesson:write' },
  purpose,
});

export const shareLesson = defineOperation({
  operationId: 'shareLesson',
  method: 'POST',
  path: '/lessons/{lessonId}/shares',
  summary: 'Share a bouwteam lesson into a learning group',
  description:
    'A member of the bouwteam who is also a member of the group shares the lesson: the group gets a copy that links back to ' +
    'its source, without its cases. The copy passes the privacy guard again (422 naming the field). A lesson or group the ' +
    'caller is not part of answers 404; a lesson already shared into the group, 409.',
  tag,
  params: LessonIdParamsSchema,
  body: LessonShareSchema,
  success: { status: 201, description: 'The copy in the group.', schema: GroupLessonSchema },
  errors: [401, 403, 404, 409, 413, 415, 422],
  access: { permission: 'group-lesson:write' },
  purpose,
});

export const withdrawGroupLesson = defineOperation({
  operationId: 'withdrawGroupLesson',
  method: 'DELETE',
  path: '/group-lessons/{groupLessonId}',
  summary: 'Withdraw a shared lesson from a learning group',
  description:
    'Only the one who shared it, or an administrator (403 for other members); the copy disappears from the group. A lesson ' +
    'of a group the caller is not part of answers 404.',
  tag,
  params: GroupLessonIdParamsSchema,
  success: { status: 204, description: 'Withdrawn.' },
  errors: [401, 403, 404],
  access: { permission: 'group-lesson:withdraw' },
  purpose,
});
