import type { AccessLogEntry } from '@leerkring/domain';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/formatting';
import { useLanguage } from '../lib/use-language';

/** Entries of the access log: when, who (in which role, for which organisation), what, which record, why, result. */
export function AccessLogTable({ entries, caption }: { entries: readonly AccessLogEntry[]; caption: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('accessLog.occurredAt')}</TableHeaderCell>
          <TableHeaderCell>{t('accessLog.person')}</TableHeaderCell>
          <TableHeaderCell>{t('accessLog.event')}</TableHeaderCell>
          <TableHeaderCell>{t('accessLog.record')}</TableHeaderCell>
          <TableHeaderCell>{t('accessLog.purpose')}</TableHeaderCell>
          <TableHeaderCell>{t('accessLog.result')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell>
              <time dateTime={entry.occurredAt}>{formatDateTime({ timestamp: entry.occurredAt, language })}</time>
            </TableCell>
            <TableCell>
              {entry.personName ?? t('accessLog.unknownPerson')}
              {entry.organisationName ? ` (${entry.organisationName})` : ''} — {entry.role}
              {entry.onBehalfOf ? ` · ${t('accessLog.onBehalfOf', { who: entry.onBehalfOf })}` : ''}
            </TableCell>
            <TableCell>{t(`accessLog.events.${entry.event}`)}</TableCell>
            <TableCell>
              {entry.recordType}
              {entry.recordId ? <code className="lk-id"> {entry.recordId}</code> : null}
            </TableCell>
            <TableCell>{entry.purpose}</TableCell>
            <TableCell>{t(`accessLog.results.${entry.result}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
