import { Heading1, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { buildingTeamsQueryOptions } from '../api/building-teams-query';
import { BuildingTeamList } from './BuildingTeamList';
import { useMayEver } from '../../../lib/auth/use-session';

const pageSize = 20;

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function BuildingTeamsPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams.get('pagina'));
  const query = useQuery(buildingTeamsQueryOptions({ page, pageSize }));
  const mayCreate = useMayEver('building-team:write');

  return (
    <>
      <PageTitle title={t('buildingTeams.title')} />
      <Heading1>{t('buildingTeams.heading')}</Heading1>
      <Paragraph appearance="lead">{t('buildingTeams.lead')}</Paragraph>
      {mayCreate ? (
        <Paragraph>
          <Link className="utrecht-link utrecht-link--html-a" to="/bouwteams/nieuw">
            {t('buildingTeam.newTitle')}
          </Link>
        </Paragraph>
      ) : null}
      {query.isPending ? (
        <LoadingState label={t('buildingTeams.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <BuildingTeamList buildingTeams={query.data.items} headingLevel={2} />
          {query.data.meta.totalPages > 1 ? (
            <nav aria-label={t('buildingTeams.pagination')} className="lk-pagination">
              {page > 1 ? (
                <Link className="utrecht-link utrecht-link--html-a" to={`?pagina=${page - 1}`}>
                  {t('buildingTeams.previousPage')}
                </Link>
              ) : null}
              <span>{t('buildingTeams.pageStatus', { page, totalPages: query.data.meta.totalPages })}</span>
              {page < query.data.meta.totalPages ? (
                <Link className="utrecht-link utrecht-link--html-a" to={`?pagina=${page + 1}`}>
                  {t('buildingTeams.nextPage')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
