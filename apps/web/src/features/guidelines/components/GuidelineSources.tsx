import { lessonThemes, type RegistrationGuideline } from '@leerkring/domain';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { caseQueryOptions } from '../../../lib/queries/case';
import { lessonQueryOptions } from '../../../lib/queries/lesson';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { shortened } from '../paths';
import { caseLabel } from '../../../lib/case-label';

/** The leerlijn backwards: the lessons that led to this version, and the cases each lesson came from. */
export function GuidelineSources({ guideline }: { guideline: RegistrationGuideline }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="guideline-sources">
      <Heading2 id="guideline-sources">{t('guidelines.version.sourcesHeading')}</Heading2>
      {guideline.lessonIds.length === 0 ? (
        <Paragraph>{t('guidelines.version.noSources')}</Paragraph>
      ) : (
        <UnorderedList>
          {guideline.lessonIds.map((lessonId) => (
            <UnorderedListItem key={lessonId}>
              <LessonSource lessonId={lessonId} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

function LessonSource({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery(lessonQueryOptions(lessonId));
  const mayReadCases = useCanInBuildingTeam('case:read', query.data?.buildingTeam.id ?? '');
  if (query.isPending) return <span>{t('common.loading')}</span>;
  if (query.isError) return <span>{t('guidelines.version.lessonUnavailable')}</span>;
  const lesson = query.data;
  return (
    <>
      <TextLink to={`/bouwteams/${lesson.buildingTeam.id}/lessen/${lesson.id}`}>{shortened(lesson.text)}</TextLink> (
      {termLabel(lessonThemes, lesson.theme, language)})
      {mayReadCases && lesson.caseIds.length > 0 ? (
        <>
          <span className="lk-byline"> {t('guidelines.version.lessonCases')}</span>
          <ul>
            {lesson.caseIds.map((caseId) => (
              <li key={caseId}>
                <CaseLink buildingTeamId={lesson.buildingTeam.id} caseId={caseId} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
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
