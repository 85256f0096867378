import { Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AccessLogTable } from '../../../components/AccessLogTable';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { myRecordAccessQueryOptions } from '../api/profile-queries';

/** Who accessed records that concern me, paged. */
export function MyRecordAccess() {
  const { t } = useTranslation();
  const page = usePageNumber();
  const query = useQuery(myRecordAccessQueryOptions({ page, pageSize: 20 }));
  return (
    <section aria-labelledby="record-access-heading">
      <Heading2 id="record-access-heading">{t('profile.access.heading')}</Heading2>
      <Paragraph>{t('profile.access.lead')}</Paragraph>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('profile.access.empty')}</Paragraph>
      ) : (
        <>
          <AccessLogTable entries={query.data.items} caption={t('profile.access.caption')} />
          <Pager meta={query.data.meta} label={t('profile.access.pagination')} />
        </>
      )}
    </section>
  );
}
