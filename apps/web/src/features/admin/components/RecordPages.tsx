import { Heading1, LoadingState } from '@leerkring/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';

/** The frame of an admin page that adds a record: title, heading, the form, the way back. */
export function NewRecordPage({
  title,
  back,
  children,
}: {
  title: string;
  back: { to: string; label: string };
  children: ReactNode;
}) {
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      {children}
      <BackLink to={back.to} label={back.label} />
    </>
  );
}

/** The frame of an admin page that changes a record: it loads the record, then shows the form for it. */
export function EditRecordPage<Record extends { id: string; name: string }>({
  title,
  heading,
  query,
  back,
  form,
}: {
  title: string;
  heading: (record: Record) => string;
  query: UseQueryResult<Record>;
  back: { to: string; label: string };
  form: (record: Record) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{query.data ? heading(query.data) : title}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        form(query.data)
      )}
      <BackLink to={back.to} label={back.label} />
    </>
  );
}
