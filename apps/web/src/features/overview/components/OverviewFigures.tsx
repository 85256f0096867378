import { LoadingState, StatList } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { useLanguage } from '../../../lib/use-language';
import { overviewQueryOptions } from '../api/overview-query';

/** How many organisations, regions, bouwteams and learning groups there are. */
export function OverviewFigures() {
  const { t } = useTranslation();
  const { formatNumber } = useLanguage();
  const query = useQuery(overviewQueryOptions());
  if (query.isPending) return <LoadingState label={t('start.loadingFigures')} />;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />;
  const { organisations, regions, buildingTeams, learningGroups } = query.data;
  return (
    <StatList
      label={t('start.figuresLabel')}
      items={[
        {
          id: 'organisations',
          value: formatNumber(organisations),
          label: t('start.organisations', { count: organisations }),
        },
        { id: 'regions', value: formatNumber(regions), label: t('start.regions', { count: regions }) },
        {
          id: 'buildingTeams',
          value: formatNumber(buildingTeams),
          label: t('start.buildingTeams', { count: buildingTeams }),
        },
        {
          id: 'learningGroups',
          value: formatNumber(learningGroups),
          label: t('start.learningGroups', { count: learningGroups }),
        },
      ]}
    />
  );
}
