import { lessonThemes, positiveHealthDimensions, type Lesson } from '@leerkring/domain';
import { Heading1, Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { PageTitle } from '../../components/PageTitle';
import { QueryProblem } from '../../components/QueryProblem';
import { TextLink } from '../../components/TextLink';
import { termLabel, termLabels } from '../../lib/terms';
import { useLanguage } from '../../lib/use-language';
import { ClauseSources } from '../../features/agreements/components/ClauseSources';
import { LessonProposal } from '../../features/agreements/components/LessonProposal';
import { ShareLessonWithGroup } from '../../features/lessons/components/ShareLessonWithGroup';
import { caseQueryOptions } from '../../lib/queries/case';
import { useCanInBuildingTeam } from '../../lib/auth/use-context-permission';
import { lessonQueryOptions } from '../../lib/queries/lesson';
import { caseLabel } from '../../lib/case-label';

/** One lesson: what was learned, the cases and sessions it came from, and the agreements it changed (the leerlijn). */
export function LessonPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '', lessonId = '' } = useParams();
  const query = useQuery(lessonQueryOptions(lessonId));
  return (
    <>
      <PageTitle title={t('lessons.oneTitle')} />
      <Heading1>{t('lessons.oneTitle')}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LessonDetails lesson={query.data} />
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}/lessen`} label={t('lessons.back')} />
    </>
  );
}

function CaseLink({ buildingTeamId, caseId }: { buildingTeamId: string; caseId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery(caseQueryOptions(caseId));
  return (
    <TextLink to={`/bouwteams/${buildingTeamId}/casussen/${caseId}`}>
      {query.data ? caseLabel(query.data, language) : t('cases.caseTitle')}
    </TextLink>
  );
}

function LessonDetails({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const mayReadCases = useCanInBuildingTeam('case:read', lesson.buildingTeam.id);
  return (
    <>
      <Paragraph appearance="lead" className="lk-pre-wrap">
        {lesson.text}
      </Paragraph>
      <dl className="lk-facts lk-facts--stacked">
        <div>
          <dt>{t('lessons.theme')}</dt>
          <dd>{termLabel(lessonThemes, lesson.theme, language)}</dd>
        </div>
        <div>
          <dt>{t('lessons.dimensions')}</dt>
          <dd>{termLabels(positiveHealthDimensions, lesson.dimensions, language) || '—'}</dd>
        </div>
        <div>
          <dt>{t('lessons.followUp')}</dt>
          <dd>{t(`lessons.followUps.${lesson.followUp}`)}</dd>
        </div>
        <div>
          <dt>{t('lessons.recorded')}</dt>
          <dd>
            {lesson.recordedBy.name},{' '}
            <time dateTime={lesson.createdAt}>{formatDate(lesson.createdAt.slice(0, 10))}</time>
          </dd>
        </div>
      </dl>
      {mayReadCases && lesson.caseIds.length > 0 ? (
        <section aria-labelledby="lesson-cases">
          <Heading2 id="lesson-cases">{t('lessons.cases')}</Heading2>
          <UnorderedList>
            {lesson.caseIds.map((caseId) => (
              <UnorderedListItem key={caseId}>
                <CaseLink buildingTeamId={lesson.buildingTeam.id} caseId={caseId} />
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ) : null}
      {lesson.sessionIds.length > 0 ? (
        <section aria-labelledby="lesson-sessions">
          <Heading2 id="lesson-sessions">{t('lessons.sessions')}</Heading2>
          <UnorderedList>
            {lesson.sessionIds.map((sessionId, index) => (
              <UnorderedListItem key={sessionId}>
                <TextLink to={`/sessies/${sessionId}`}>{t('lessons.session', { number: index + 1 })}</TextLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ) : null}
      <LessonProposal lesson={lesson} />
      <ShareLessonWithGroup lessonId={lesson.id} />
      <ClauseSources query={{ lessonId: lesson.id }} />
    </>
  );
}
