import { getLesson, listLessons, type LessonListQuery } from '@leerkring/domain';
import { queryOptions } from '@tanstack/react-query';
import { callApi } from '../api-client';

// Shared: lessons are listed and linked from the lessons, agreements and guidelines features and the bouwteam home.

export type LessonsQuery = Partial<Omit<LessonListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

/** One page of lessons, filtered by theme, dimension, case or status. */
export function lessonsQueryOptions(query: LessonsQuery) {
  return queryOptions({
    queryKey: ['lessons', 'list', query],
    queryFn: ({ signal }) => callApi(listLessons, { query }, { signal }),
  });
}

/** One lesson, with the cases and sessions it came from. */
export function lessonQueryOptions(lessonId: string) {
  return queryOptions({
    queryKey: ['lessons', 'one', lessonId],
    queryFn: ({ signal }) => callApi(getLesson, { params: { lessonId } }, { signal }),
  });
}
