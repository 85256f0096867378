import { lessonThemes } from '@leerkring/domain';
import { Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { lessonsQueryOptions } from '../../../lib/queries/lesson';

/** The newest lessons of a bouwteam, on its home, for whom may read them. */
export function BuildingTeamLessons({ buildingTeamId, previewSize }: { buildingTeamId: string; previewSize: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayRead = useCanInBuildingTeam('lesson:read', buildingTeamId);
  const mayWrite = useCanInBuildingTeam('lesson:write', buildingTeamId);
  const query = useQuery({
    ...lessonsQueryOptions({ buildingTeamId, page: 1, pageSize: previewSize }),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <section>
      <Heading2 id="team-lessons">{t('lessons.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('lessons.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((lesson) => (
            <UnorderedListItem key={lesson.id}>
              {lesson.text} ({termLabel(lessonThemes, lesson.theme, language)})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div className="lk-actions">
        <TextLink to={`/bouwteams/${buildingTeamId}/lessen`}>
          {t('buildingTeam.allLessons', { count: query.data?.meta.totalItems ?? 0 })}
        </TextLink>
        {mayWrite ? <TextLink to={`/bouwteams/${buildingTeamId}/lessen/nieuw`}>{t('lessons.new')}</TextLink> : null}
      </div>
    </section>
  );
}
