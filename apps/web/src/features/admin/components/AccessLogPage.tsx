import { AccessEventSchema, exportAccessLog, type AccessEvent } from '@leerkring/domain';
import { Button, Heading1, Heading2, LoadingState, Paragraph, SelectField, TextField } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AccessLogTable } from '../../../components/AccessLogTable';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { operationUrl } from '../../../lib/api-client';
import { accessLogQueryOptions } from '../api/admin-queries';
import { personOptions } from '../../../lib/queries/pickers';
import { SearchPicker, type PickerOption } from '../../../components/SearchPicker';

const events = AccessEventSchema.options;

/** A `datetime-local` value (the reader's time) as an ISO moment in UTC; undefined when empty or invalid. */
export function toIsoMoment(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

interface Filters {
  personId?: string | undefined;
  recordType?: string | undefined;
  event?: AccessEvent | undefined;
  from?: string | undefined;
  until?: string | undefined;
}

export function AccessLogPage() {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const page = usePageNumber();
  const [person, setPerson] = useState<PickerOption | null>(null);
  const [recordType, setRecordType] = useState('');
  const [event, setEvent] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const query = useQuery(accessLogQueryOptions({ page, pageSize: 25, ...filters }));

  const onFilter = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setFilters({
      personId: person?.id,
      recordType: recordType.trim() || undefined,
      event: (events as readonly string[]).includes(event) ? (event as AccessEvent) : undefined,
      from: toIsoMoment(from),
      until: toIsoMoment(until),
    });
    setSearchParams({});
  };
  const exportQuery = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));

  return (
    <>
      <PageTitle title={t('admin.accessLog.title')} />
      <Heading1>{t('admin.accessLog.heading')}</Heading1>
      <Paragraph appearance="lead">{t('admin.accessLog.lead')}</Paragraph>
      <form onSubmit={onFilter} aria-labelledby="access-log-filters-heading" className="lk-filters">
        <Heading2 id="access-log-filters-heading">{t('common.filters')}</Heading2>
        <SearchPicker
          id="access-log-person"
          label={t('accessLog.person')}
          value={person}
          onChange={setPerson}
          optionsQuery={personOptions}
          allowEmpty
          emptyLabel={t('common.all')}
        />
        <TextField
          id="access-log-record-type"
          label={t('admin.accessLog.recordType')}
          description={t('admin.accessLog.recordTypeDescription')}
          value={recordType}
          onChange={(e) => setRecordType(e.target.value)}
        />
        <SelectField
          id="access-log-event"
          label={t('accessLog.event')}
          value={event}
          onChange={(e) => setEvent(e.target.value)}
          options={[
            { value: '', label: t('common.all') },
            ...events.map((code) => ({ value: code, label: t(`accessLog.events.${code}`) })),
          ]}
        />
        <TextField
          id="access-log-from"
          type="datetime-local"
          label={t('admin.accessLog.from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          id="access-log-until"
          type="datetime-local"
          label={t('admin.accessLog.until')}
          value={until}
          onChange={(e) => setUntil(e.target.value)}
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
