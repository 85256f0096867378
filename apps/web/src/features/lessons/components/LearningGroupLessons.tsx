import { lessonThemes, type GroupLesson } from '@leerkring/domain';
import { Heading2, LoadingState, Paragraph, ProblemAlert } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { QueryProblem } from '../../../components/QueryProblem';
import { problemOf } from '../../../lib/api-client';
import { useCanIn } from '../../../lib/auth/use-context-permission';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import {
  endedGroupMeetingsQueryOptions,
  learningGroupLessonsQueryOptions,
  useWithdrawGroupLesson,
} from '../api/group-lessons';
import { GroupLessonForm } from './GroupLessonForm';

/** The lessons of a learning group: its own and those shared from a bouwteam, and a form to record one. */
export function LearningGroupLessons({ learningGroupId }: { learningGroupId: string }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const mayWrite = useCanIn('group-lesson:write', { type: 'learning-group', id: learningGroupId });
  const query = useQuery(learningGroupLessonsQueryOptions(learningGroupId));
  const meetings = useQuery({ ...endedGroupMeetingsQueryOptions(learningGroupId), enabled: mayWrite });
  const withdraw = useWithdrawGroupLesson(learningGroupId);
  return (
    <section aria-labelledby="group-lessons">
      <Heading2 id="group-lessons">{t('groupLessons.heading')}</Heading2>
      {withdraw.isError ? (
        <ProblemAlert title={problemOf(withdraw.error).title} detail={problemOf(withdraw.error).detail} />
      ) : null}
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('groupLessons.empty')}</Paragraph>
      ) : (
        <ul className="lk-card-list">
          {query.data.items.map((lesson) => (
            <li key={lesson.id} className="lk-card">
              <Paragraph className="lk-pre-wrap">{lesson.text}</Paragraph>
              <Paragraph>
                {termLabel(lessonThemes, lesson.theme, language)} · <LessonSource lesson={lesson} /> ·{' '}
                <time dateTime={lesson.createdAt}>{formatDate(lesson.createdAt.slice(0, 10))}</time>
              </Paragraph>
              {lesson.mayWithdraw ? (
                <ConfirmButton
                  label={t('groupLessons.withdraw')}
                  question={t('groupLessons.withdrawQuestion')}
                  confirmLabel={t('groupLessons.withdrawConfirm')}
                  busy={withdraw.isPending}
                  onConfirm={() => withdraw.mutate(lesson.id)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {mayWrite ? (
        <GroupLessonForm
          learningGroupId={learningGroupId}
          meetings={(meetings.data?.items ?? []).map((meeting) => ({
            id: meeting.id,
            label: t('session.title', { method: meeting.method.name[language], date: formatDate(meeting.plannedDate) }),
          }))}
        />
      ) : null}
    </section>
  );
}

/** Where a group lesson comes from: a bouwteam it was shared from, or the member who recorded it. */
function LessonSource({ lesson }: { lesson: GroupLesson }) {
  const { t } = useTranslation();
  return lesson.sharedFrom
    ? t('groupLessons.sharedFrom', { buildingTeam: lesson.sharedFrom.buildingTeam.name })
    : t('groupLessons.recordedBy', { name: lesson.recordedBy.name });
}
