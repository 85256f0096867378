import { legalFrameworks } from '@leerkring/domain';
import { Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { systemObstaclesQueryOptions } from '../api/lesson-queries';

/** The newest system obstacles of a bouwteam and how far each is escalated, on its home. */
export function BuildingTeamObstacles({
  buildingTeamId,
  previewSize,
}: {
  buildingTeamId: string;
  previewSize: number;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayRead = useCanInBuildingTeam('obstacle:read', buildingTeamId);
  const mayReadInsight = useCanInBuildingTeam('insight:read', buildingTeamId);
  const query = useQuery({
    ...systemObstaclesQueryOptions({ buildingTeamId, page: 1, pageSize: previewSize }),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <section>
      <Heading2 id="team-obstacles">{t('obstacles.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('obstacles.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((obstacle) => (
            <UnorderedListItem key={obstacle.id}>
              {obstacle.title}
              {obstacle.legalFramework
                ? ` (${termLabel(legalFrameworks, obstacle.legalFramework, language)})`
                : ''}: {t(`obstacles.status.${obstacle.escalationStatus}`)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <TextLink to={`/bouwteams/${buildingTeamId}/systeemhobbels`}>{t('buildingTeam.allObstacles')}</TextLink>
      {mayReadInsight ? <TextLink to={`/bouwteams/${buildingTeamId}/inzicht`}>{t('insights.link')}</TextLink> : null}
    </section>
  );
}
