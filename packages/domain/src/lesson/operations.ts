import { defineOperation } from '../api/operation.js';
import {
  LessonCreateSchema,
  LessonIdParamsSchema,
  LessonListQuerySchema,
  LessonPageSchema,
  LessonSchema,
  LessonUpdateSchema,
} from './schema.js';

const tag = 'Lessons';
const purpose = 'Leren van casuïstiek in het bouwteam';

export const listLessons = defineOperation({
  operationId: 'listLessons',
  method: 'GET',
  path: '/lessons',
  summary: 'List lessons',
  description: "Lessons of the caller's bouwteams, filterable by theme, dimension, case and status.",
  tag,
  query: LessonListQuerySchema,
  success: { status: 200, description: 'A page of lessons.', schema: LessonPageSchema, paged: true },
  errors: [401, 403],
  access: { permission: 'lesson:read' },
  purpose,
});

export const getLesson = defineOperation({
  operationId: 'getLesson',
  method: 'GET',
  path: '/lessons/{lessonId}',
  summary: 'Get a lesson',
  tag,
  params: LessonIdParamsSchema,
  success: { status: 200, description: 'The lesson.', schema: LessonSchema },
  errors: [401, 403, 404],
  access: { permission: 'lesson:read' },
  purpose,
});

export const createLesson = defineOperation({
  operationId: 'createLesson',
  method: 'POST',
  path: '/lessons',
  summary: 'Record a lesson',
  description:
    'Records a lesson, linked to cases (and sessions) of the same bouwteam. The text passes the privacy guard.',
  tag,
  body: LessonCreateSchema,
  success: { status: 201, description: 'The lesson as stored.', schema: LessonSchema, location: true },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'lesson:write' },
  purpose,
});

export const updateLesson = defineOperation({
  operationId: 'updateLesson',
  method: 'PATCH',
  path: '/lessons/{lessonId}',
  summary: 'Change a lesson',
  tag,
  params: LessonIdParamsSchema,
  body: LessonUpdateSchema,
  success: { status: 200, description: 'The lesson as stored.', schema: LessonSchema },
  errors: [401, 403, 404, 413, 415, 422],
  access: { permission: 'lesson:write' },
  purpose,
});
