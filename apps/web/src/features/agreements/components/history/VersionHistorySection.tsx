import type { AgreementVersion, AgreementVersionHistory } from '@leerkring/domain';
import {
  Heading2,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../../components/QueryProblem';
import { formatDateTime } from '../../../../lib/formatting';
import { useLanguage } from '../../../../lib/use-language';
import { agreementVersionQueryOptions } from '../../api/agreement-queries';
import { agreementVersionHistoryQueryOptions } from '../../api/history-queries';

type Change = AgreementVersionHistory['items'][number];

/** The fields the API names, in words; a field it adds later shows as its own name rather than not at all. */
const knownFields = ['clauses', 'changelog', 'status', 'validFrom', 'validUntil', 'reviewDate'] as const;

function isKnownField(field: string): field is (typeof knownFields)[number] {
  return (knownFields as readonly string[]).includes(field);
}

/** Who changed what of a version, and when: each edit with the clauses it touched, and each status change. */
export function VersionHistorySection({ agreementId, versionId }: { agreementId: string; versionId: string }) {
  const { t } = useTranslation();
  const query = useQuery(agreementVersionHistoryQueryOptions({ agreementId, versionId }));
  const version = useQuery(agreementVersionQueryOptions(agreementId, versionId));
  return (
    <section aria-labelledby="version-history-heading">
      <Heading2 id="version-history-heading">{t('agreementHistory.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('agreementHistory.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('agreementHistory.empty')}</Paragraph>
      ) : (
        <HistoryTable changes={query.data.items} version={version.data} />
      )}
    </section>
  );
}

function HistoryTable({ changes, version }: { changes: readonly Change[]; version: AgreementVersion | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const clauseName = (clauseId: string) => {
    const clause = version?.clauses.find((item) => item.id === clauseId);
    return clause?.title ? `${clause.title} (${clauseId})` : clauseId;
  };
  const fieldName = (field: string) => (isKnownField(field) ? t(`agreementHistory.fields.${field}`) : field);
  return (
    <Table caption={t('agreementHistory.caption')} captionHidden>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('agreementHistory.columns.when')}</TableHeaderCell>
          <TableHeaderCell>{t('agreementHistory.columns.who')}</TableHeaderCell>
          <TableHeaderCell>{t('agreementHistory.columns.what')}</TableHeaderCell>
          <TableHeaderCell>{t('agreementHistory.columns.clauses')}</TableHeaderCell>
          <TableHeaderCell>{t('agreementHistory.columns.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.id}>
            <TableCell>
              <time dateTime={change.changedAt}>{formatDateTime({ timestamp: change.changedAt, language })}</time>
            </TableCell>
            <TableCell>{change.changedBy.name}</TableCell>
            <TableCell>
              {t(`agreementHistory.kind.${change.kind}`)}
              {change.kind !== 'created' && change.fields.length > 0
                ? `: ${change.fields.map(fieldName).join(', ')}`
                : ''}
            </TableCell>
            <TableCell>{change.clauseIds.length === 0 ? '—' : change.clauseIds.map(clauseName).join(', ')}</TableCell>
            <TableCell>{t(`agreementHistory.status.${change.status}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
