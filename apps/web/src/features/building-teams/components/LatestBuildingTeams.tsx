import { LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../../components/QueryProblem';
import { buildingTeamsQueryOptions } from '../api/building-teams-query';
import { BuildingTeamList } from './BuildingTeamList';

/** The first few bouwteams, with a link to all of them when there are more. */
export function LatestBuildingTeams({ count }: { count: number }) {
  const { t } = useTranslation();
  const query = useQuery(buildingTeamsQueryOptions({ page: 1, pageSize: count }));
  if (query.isPending) return <LoadingState label={t('buildingTeams.loading')} />;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />;
  return (
    <>
      <BuildingTeamList buildingTeams={query.data.items} headingLevel={3} />
      {query.data.meta.totalItems > query.data.items.length ? (
        <Paragraph>
          <Link className="utrecht-link utrecht-link--html-a" to="/bouwteams">
            {t('start.allBuildingTeams')}
          </Link>
        </Paragraph>
      ) : null}
    </>
  );
}
