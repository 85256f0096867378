import { insightKinds, suppressedMark, type Insight, type InsightFilters, type InsightKind } from '@leerkring/domain';
import {
  Heading1,
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
import { useParams, useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { BackLink } from '../../../components/BackLink';
import { FilterForm } from '../../../components/FilterForm';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { formatNumber } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import { insightExportUrls, insightQueryOptions, regionChoicesQueryOptions } from '../api/insight-queries';
import { insightFilterSchema } from '../insight-filters';

const kinds = insightKinds.map((kind) => kind.code);
const isKind = (value: string | null): value is InsightKind => kinds.includes(value as InsightKind);

/**
 * For managers and partners: one insight at a time as a chart with the same figures in a table, filtered by region and
 * period; suppressed counts shown as `x`, a population too small answered with that fact only. Downloads as XLSX and
 * CSV.
 */
export function InsightsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const [search] = useSearchParams();
  const kind: InsightKind = isKind(search.get('inzicht')) ? (search.get('inzicht') as InsightKind) : 'question-shifts';
  const from = search.get('van');
  const to = search.get('tot');
  const regionId = search.get('regio');
  // A region shows the bouwteams of its municipalities that the caller may see; without one, this bouwteam.
  const filters: InsightFilters = {
    ...(regionId ? { regionId } : { buildingTeamId }),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const query = useQuery(insightQueryOptions(kind, filters));
  const regions = useQuery(regionChoicesQueryOptions());
  const downloads = insightExportUrls(kind, filters, language);

  return (
    <>
      <PageTitle title={t('insights.title')} />
      <Heading1>{t('insights.heading')}</Heading1>
      <Paragraph appearance="lead">{t('insights.lead')}</Paragraph>
      <FilterForm
        schema={insightFilterSchema}
        error={query.error}
        submitLabel={t('insights.show')}
        own={{ van: { custom: t('insights.periodOrder') } }}
        fields={[
          {
            param: 'inzicht',
            id: 'insight-kind',
            label: t('insights.kind'),
            fallback: kind,
            options: insightKinds.map((item) => ({ value: item.code, label: item.label[language] })),
          },
          {
            param: 'regio',
            apiName: 'regionId',
            id: 'insight-region',
            label: t('insights.region'),
            description: t('insights.regionHint'),
            options: [
              { value: '', label: t('insights.thisBuildingTeam') },
              ...(regions.data ?? []).map((region) => ({ value: region.id, label: region.name })),
            ],
          },
          { param: 'van', apiName: 'from', id: 'insight-from', type: 'date', label: t('insights.from') },
          { param: 'tot', apiName: 'to', id: 'insight-to', type: 'date', label: t('insights.to') },
        ]}
      />
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <InsightView insight={query.data} />
      )}
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href={downloads.xlsx} download>
          {t('insights.downloadXlsx')}
        </a>{' '}
        ·{' '}
        <a className="utrecht-link utrecht-link--html-a" href={downloads.csv} download>
          {t('insights.downloadCsv')}
        </a>
      </Paragraph>
      <BackLink to={`/bouwteams/${buildingTeamId}`} label={t('buildingTeam.back')} />
    </>
  );
}

function InsightView({ insight }: { insight: Insight }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const unit = t(`insights.unit.${insight.unit}`);
  if (insight.outcome === 'too-small' || !insight.table) {
    return (
      <>
        <Heading2>{insight.title[language]}</Heading2>
        <Paragraph>{t('insights.tooSmall', { threshold: insight.rules.populationThreshold, unit })}</Paragraph>
      </>
    );
  }
  const table = insight.table;
  const mark = (
    <abbr title={t('insights.suppressed', { threshold: insight.rules.cellThreshold })}>{suppressedMark}</abbr>
  );
  const shown = (count: number | null, suppressed: boolean) =>
    suppressed ? mark : formatNumber({ value: count ?? 0, language });
  const chartData = table.rows
    .map((row, index) => ({ label: row.label[language], count: table.rowTotals[index]!.count }))
    .filter((item): item is { label: string; count: number } => item.count !== null && item.count > 0);
  const hiddenRows = table.rowTotals.filter((total) => total.suppressed).length;
  const caption = t('insights.caption', {
    rows: table.rowTitle[language].toLowerCase(),
    columns: table.columnTitle[language].toLowerCase(),
  });
  return (
    <>
      <Heading2>{insight.title[language]}</Heading2>
      <Paragraph>
        {t('insights.basis', {
          population: formatNumber({ value: insight.population ?? 0, language }),
          unit,
          threshold: insight.rules.cellThreshold,
        })}
      </Paragraph>
      {chartData.length > 0 ? (
        <div
          role="img"
          aria-label={t('insights.chartLabel', {
            rows: table.rowTitle[language].toLowerCase(),
            figures: chartData.map((item) => `${item.label}: ${item.count}`).join(', '),
          })}
        >
          <BarChart
            responsive
            layout="vertical"
            style={{ width: '100%', height: Math.max(160, chartData.length * 32 + 40) }}
            data={chartData}
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={150} />
            <Bar dataKey="count" name={t('insights.rowTotal')} fill="#1f4e79" isAnimationActive={false} />
          </BarChart>
        </div>
      ) : null}
      {hiddenRows > 0 ? <Paragraph>{t('insights.chartHidden', { count: hiddenRows })}</Paragraph> : null}
      <div className="lk-table-scroll" tabIndex={0}>
        <Table caption={caption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">
                {table.rowTitle[language]} ↓ / {table.columnTitle[language]} →
              </TableHeaderCell>
              {table.columns.map((column) => (
                <TableHeaderCell key={column.code} scope="col">
                  {column.label[language]}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('insights.total')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rows.map((row, index) => (
              <TableRow key={row.code}>
                <TableHeaderCell scope="row">{row.label[language]}</TableHeaderCell>
                {table.cells[index]!.map((cell, column) => (
                  <TableCell key={table.columns[column]!.code}>{shown(cell.count, cell.suppressed)}</TableCell>
                ))}
                <TableCell>{shown(table.rowTotals[index]!.count, table.rowTotals[index]!.suppressed)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{t('insights.total')}</TableHeaderCell>
              {table.columnTotals.map((cell, column) => (
                <TableCell key={table.columns[column]!.code}>{shown(cell.count, cell.suppressed)}</TableCell>
              ))}
              <TableCell>{shown(table.total.count, table.total.suppressed)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
      <Paragraph>
        {t('insights.suppressedNote', { threshold: insight.rules.cellThreshold, mark: suppressedMark })}
      </Paragraph>
    </>
  );
}
