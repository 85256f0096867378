import { AccessEventSchema, exportAccessLog } from '@leerkring/domain';
import { Button, Heading1, Heading2, LoadingState, Paragraph, SelectField, TextField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AccessLogTable } from '../../../components/AccessLogTable';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { operationUrl } from '../../../lib/api-client';
import { accessLogQueryOptions } from '../api/admin-queries';
import { personOptions } from '../../../lib/queries/pickers';
import { PickerField } from '../../../components/PickerField';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { accessLogFilterSchema, type AccessLogFilters } from '../access-log-filters';

const events = AccessEventSchema.options;

export function AccessLogPage() {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const page = usePageNumber();
  const [filters, setFilters] = useState<AccessLogFilters>({});
  const query = useQuery(accessLogQueryOptions({ page, pageSize: 25, ...filters }));
  const { register, control, handleSubmit, formState } = useSchemaForm(accessLogFilterSchema, {
    person: null,
    recordType: '',
    event: '',
    from: '',
    until: '',
  });
  const errorAt = fieldErrorsAt(formState.errors, query.error);
  const exportQuery = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));

  return (
    <>
      <PageTitle title={t('admin.accessLog.title')} />
      <Heading1>{t('admin.accessLog.heading')}</Heading1>
      <Paragraph appearance="lead">{t('admin.accessLog.lead')}</Paragraph>
      <form
        noValidate
        aria-labelledby="access-log-filters-heading"
        className="lk-filters"
        onSubmit={(event) =>
          void handleSubmit(({ person, ...rest }) => {
            setFilters({ personId: person, ...rest });
            setSearchParams({});
          })(event)
        }
      >
        <Heading2 id="access-log-filters-heading">{t('common.filters')}</Heading2>
        <PickerField
          control={control}
          name="person"
          id="access-log-person"
          label={t('accessLog.person')}
          optionsQuery={personOptions}
          allowEmpty
          emptyLabel={t('common.all')}
          error={errorAt('person', 'personId')}
        />
        <TextField
          id="access-log-record-type"
          label={t('admin.accessLog.recordType')}
          description={t('admin.accessLog.recordTypeDescription')}
          {...register('recordType')}
          error={errorAt('recordType')}
        />
        <SelectField
          id="access-log-event"
          label={t('accessLog.event')}
          {...register('event')}
          error={errorAt('event')}
          options={[
            { value: '', label: t('common.all') },
            ...events.map((code) => ({ value: code, label: t(`accessLog.events.${code}`) })),
          ]}
        />
        <TextField
          id="access-log-from"
          type="datetime-local"
          label={t('admin.accessLog.from')}
          {...register('from')}
          error={errorAt('from')}
        />
        <TextField
          id="access-log-until"
          type="datetime-local"
          label={t('admin.accessLog.until')}
          {...register('until')}
          error={errorAt('until')}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('common.filter')}
        </Button>
      </form>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href={operationUrl(exportAccessLog, exportQuery)} download>
          {t('admin.accessLog.export')}
        </a>
      </Paragraph>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('common.noneFound')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('common.totalItems', { count: query.data.meta.totalItems })}</Paragraph>
          <AccessLogTable entries={query.data.items} caption={t('admin.accessLog.caption')} />
          <Pager meta={query.data.meta} label={t('admin.accessLog.pagination')} />
        </>
      )}
    </>
  );
}
