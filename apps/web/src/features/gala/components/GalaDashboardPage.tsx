import type { GalaDashboardQuery } from '@leerkring/domain';
import { Heading1, Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import { galaDashboardQueryOptions, regionQueryOptions } from '../api/gala-queries';
import { budgetByBlock, filtersOf, searchWith } from '../dashboard-view';
import { BudgetChart } from './BudgetChart';
import { BudgetTable } from './BudgetTable';
import { CoverageMatrix } from './CoverageMatrix';
import { DashboardFilters } from './DashboardFilters';
import { DueMilestones, ReviewsDue, VoucherSummary } from './DueLists';

/**
 * The coordinator's view of a region: per municipality the goals and chain approaches, the budget per block planned
 * against spent, what is due, the vouchers expiring and the agreements due for review. Filters live in the address.
 */
export function GalaDashboardPage() {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const { regionId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const filters = filtersOf(search);
  const region = useQuery(regionQueryOptions(regionId));
  const query = useQuery(galaDashboardQueryOptions(regionId, filters));
  const name = query.data?.region.name ?? region.data?.name;
  const title = name ? t('gala.dashboard.title', { region: name }) : t('gala.dashboard.titlePlain');
  const apply = (next: GalaDashboardQuery) => setSearch(searchWith(search, next));
  const municipalityName = region.data?.municipalities.find(({ id }) => id === filters.municipalityId)?.name;
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      <Paragraph>
        <TextLink to={`/regio/${regionId}/importeren`}>{t('gala.dashboard.spreadsheets')}</TextLink>
      </Paragraph>
      <DashboardFilters
        key={search.toString()}
        municipalities={region.data?.municipalities ?? []}
        filters={filters}
        onApply={apply}
      />
      {query.isPending ? (
        <LoadingState label={t('gala.dashboard.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Paragraph>
            {t('gala.dashboard.asOf', {
              date: formatDate(query.data.asOf),
              scope:
                [municipalityName, filters.year].filter(Boolean).join(', ') || t('gala.dashboard.wholeRegionAllYears'),
            })}
          </Paragraph>
          <section aria-labelledby="gala-coverage">
            <Heading2 id="gala-coverage">{t('gala.dashboard.coverageHeading')}</Heading2>
            <CoverageMatrix dashboard={query.data} />
          </section>
          <section aria-labelledby="gala-budget">
            <Heading2 id="gala-budget">{t('gala.budget.heading')}</Heading2>
            {query.data.budget.length === 0 ? (
              <Paragraph>{t('gala.budget.none')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('gala.budget.lead')}</Paragraph>
                <BudgetChart blocks={budgetByBlock(query.data, language)} />
                <BudgetTable blocks={budgetByBlock(query.data, language)} />
              </>
            )}
          </section>
          <DueMilestones dashboard={query.data} />
          <VoucherSummary dashboard={query.data} />
          <ReviewsDue dashboard={query.data} />
        </>
      )}
    </>
  );
}
