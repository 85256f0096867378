import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { lessonQueryOptions } from '../../../lib/queries/lesson';

const shortened = (text: string, length = 140) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

/** The lesson a clause came from, by its text, linked to the lesson (and from there its cases and sessions). */
export function LessonLink({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const query = useQuery(lessonQueryOptions(lessonId));
  if (query.isPending) return <span>{t('common.loading')}</span>;
  if (query.isError) return <span>{t('agreements.lessons.unavailable')}</span>;
  const lesson = query.data;
  return <TextLink to={`/bouwteams/${lesson.buildingTeam.id}/lessen/${lesson.id}`}>{shortened(lesson.text)}</TextLink>;
}

/** A label ("Kwam voort uit 2 lessen") and the lessons, each linked; nothing when there are none. */
export function LessonList({
  label,
  lessonIds,
  className,
}: {
  label: string;
  lessonIds: readonly string[];
  className?: string;
}) {
  if (lessonIds.length === 0) return null;
  return (
    <div className={className}>
      <p className="lk-byline">{label}</p>
      <ul>
        {lessonIds.map((lessonId) => (
          <li key={lessonId}>
            <LessonLink lessonId={lessonId} />
          </li>
        ))}
      </ul>
    </div>
  );
}
