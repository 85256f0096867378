import { positiveHealthDimensions } from '@leerkring/domain';
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
import { useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { formatNumber } from '../../../lib/formatting';
import { useLanguage } from '../../../lib/use-language';
import { questionShiftsQueryOptions } from '../api/insight-queries';

/** For managers and partners: which presenting dimensions turn out to rest on which underlying ones. */
export function QuestionShiftsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const query = useQuery(questionShiftsQueryOptions(buildingTeamId));
  return (
    <>
      <PageTitle title={t('insights.title')} />
      <Heading1>{t('insights.heading')}</Heading1>
      <Paragraph appearance="lead">{t('insights.lead')}</Paragraph>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Paragraph>
            {t('insights.basis', {
              total: formatNumber({ value: query.data.totalCases, language }),
              both: formatNumber({ value: query.data.casesWithBoth, language }),
              threshold: query.data.threshold,
            })}
          </Paragraph>
          <Table caption={t('insights.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('insights.presentingOverUnderlying')}</TableHeaderCell>
                {positiveHealthDimensions.map((dimension) => (
                  <TableHeaderCell key={dimension.code} scope="col">
                    {dimension.label[language]}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {positiveHealthDimensions.map((presenting) => (
                <TableRow key={presenting.code}>
                  <TableHeaderCell scope="row">{presenting.label[language]}</TableHeaderCell>
                  {positiveHealthDimensions.map((underlying) => {
                    const cell = query.data.cells.find(
                      (item) => item.presenting === presenting.code && item.underlying === underlying.code,
                    );
                    return (
                      <TableCell key={underlying.code}>
                        {cell?.suppressed ? (
                          <abbr
                            title={t('insights.suppressed', { threshold: query.data.threshold })}
                          >{`< ${query.data.threshold}`}</abbr>
                        ) : (
                          formatNumber({ value: cell?.count ?? 0, language })
                        )}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paragraph>{t('insights.suppressedNote', { threshold: query.data.threshold })}</Paragraph>
        </>
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}`} label={t('buildingTeam.back')} />
    </>
  );
}
