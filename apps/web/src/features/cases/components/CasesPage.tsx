import {
  legalFrameworks,
  lifeDomains,
  type CaseStatus,
  type HighlightSegment,
  type LegalFramework,
  type LifeDomain,
} from '@leerkring/domain';
import {
  Heading1,
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
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { FilterForm } from '../../../components/FilterForm';
import { PageTitle } from '../../../components/PageTitle';
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { termLabels } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { casesQueryOptions } from '../../../lib/queries/case';
import { caseLabel } from '../../../lib/case-label';
import { caseFilterSchema } from '../case-filters';

const statuses: readonly CaseStatus[] = ['brought-in', 'discussed', 'closed'];
const oneOf = <T extends string>(codes: readonly T[], value: string | null): T | undefined =>
  codes.find((code) => code === value) ? (value as T) : undefined;

/** The cases of a bouwteam, filtered by status, life domain, legal framework and a search, in pages. */
export function CasesPage() {
  const { t } = useTranslation();
  const { language, formatDate, formatNumber } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const page = usePageNumber();
  const status = oneOf(statuses, searchParams.get('status'));
  const lifeDomain = oneOf<LifeDomain>(
    lifeDomains.map((term) => term.code),
    searchParams.get('leefdomein'),
  );
  const legalFramework = oneOf<LegalFramework>(
    legalFrameworks.map((term) => term.code),
    searchParams.get('wet'),
  );
  const search = searchParams.get('zoek')?.trim() || undefined;
  const mayWrite = useCanInBuildingTeam('case:write', buildingTeamId);
  const query = useQuery(
    casesQueryOptions({ buildingTeamId, page, pageSize: 20, status, lifeDomain, legalFramework, search }),
  );
  const all = { value: '', label: t('common.all') };

  return (
    <>
      <PageTitle title={t('cases.title')} />
      <Heading1>{t('cases.heading')}</Heading1>
      {mayWrite ? (
        <Paragraph>
          <TextLink to="nieuw">{t('cases.new')}</TextLink>
        </Paragraph>
      ) : null}
      <FilterForm
        schema={caseFilterSchema}
        error={query.error}
        own={{ zoek: { custom: t('cases.searchNoWords') } }}
        fields={[
          {
            param: 'status',
            id: 'case-status-filter',
            label: t('cases.statusLabel'),
            options: [all, ...statuses.map((code) => ({ value: code, label: t(`cases.status.${code}`) }))],
          },
          {
            param: 'leefdomein',
            apiName: 'lifeDomain',
            id: 'case-life-domain-filter',
            label: t('cases.lifeDomain'),
            options: [all, ...lifeDomains.map((term) => ({ value: term.code, label: term.label[language] }))],
          },
          {
            param: 'wet',
            apiName: 'legalFramework',
            id: 'case-legal-framework-filter',
            label: t('cases.legalFramework'),
            options: [all, ...legalFrameworks.map((term) => ({ value: term.code, label: term.label[language] }))],
          },
          { param: 'zoek', apiName: 'search', id: 'case-search', type: 'search', label: t('cases.search') },
        ]}
      />
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('common.noneFound')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {query.data.meta.totalIsLowerBound
              ? t('common.totalItemsMoreThan', { formattedCount: formatNumber(query.data.meta.totalItems) })
              : t('common.totalItems', { count: query.data.meta.totalItems })}
          </Paragraph>
          <Table caption={t('cases.heading')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('cases.titleLabel')}</TableHeaderCell>
                <TableHeaderCell>{t('cases.statusLabel')}</TableHeaderCell>
                <TableHeaderCell>{t('cases.lifeDomains')}</TableHeaderCell>
                <TableHeaderCell>{t('cases.legalFrameworks')}</TableHeaderCell>
                <TableHeaderCell>{t('cases.broughtIn')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>
                    <TextLink to={item.id}>{caseLabel(item, language)}</TextLink>
                    <SearchFragment segments={query.data.highlights?.[item.id]} />
                  </TableCell>
                  <TableCell>{t(`cases.status.${item.status}`)}</TableCell>
                  <TableCell>{termLabels(lifeDomains, item.lifeDomains, language)}</TableCell>
                  <TableCell>{termLabels(legalFrameworks, item.legalFrameworks, language)}</TableCell>
                  <TableCell>
                    {item.broughtInBy.name},{' '}
                    <time dateTime={item.createdAt}>{formatDate(item.createdAt.slice(0, 10))}</time>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('cases.pagination')} />
        </>
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}`} label={t('buildingTeam.back')} />
    </>
  );
}

/** The narrative's words around a search's matches; a match is marked and bold, so not by colour alone. */
function SearchFragment({ segments }: { segments: readonly HighlightSegment[] | undefined }) {
  if (!segments?.length) return null;
  return (
    <Paragraph appearance="small">
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index}>
            <strong>{segment.text}</strong>
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </Paragraph>
  );
}
