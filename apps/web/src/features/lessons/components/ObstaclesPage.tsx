import { legalFrameworks } from '@leerkring/domain';
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
import { Pager, usePageNumber } from '../../../components/Pager';
import { QueryProblem } from '../../../components/QueryProblem';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { systemObstaclesQueryOptions } from '../api/lesson-queries';
import { ObstacleEscalation } from './ObstacleEscalation';

/** The system obstacles a bouwteam met, with their legal framework and escalation status. */
export function ObstaclesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const page = usePageNumber();
  const query = useQuery(systemObstaclesQueryOptions({ buildingTeamId, page, pageSize: 20 }));
  const mayWrite = useCanInBuildingTeam('obstacle:write', buildingTeamId);
  return (
    <>
      <PageTitle title={t('obstacles.title')} />
      <Heading1>{t('obstacles.heading')}</Heading1>
      <Paragraph appearance="lead">{t('obstacles.lead')}</Paragraph>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('obstacles.empty')}</Paragraph>
      ) : (
        <>
          <Table caption={t('obstacles.heading')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('obstacles.obstacle')}</TableHeaderCell>
                <TableHeaderCell>{t('cases.legalFramework')}</TableHeaderCell>
                <TableHeaderCell>{t('obstacles.cases')}</TableHeaderCell>
                <TableHeaderCell>{t('obstacles.escalation')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((obstacle) => (
                <TableRow key={obstacle.id}>
                  <TableCell>
                    <strong>{obstacle.title}</strong>
                    {obstacle.description ? <div>{obstacle.description}</div> : null}
                  </TableCell>
                  <TableCell>
                    {obstacle.legalFramework ? termLabel(legalFrameworks, obstacle.legalFramework, language) : '—'}
                  </TableCell>
                  <TableCell>{obstacle.caseIds.length}</TableCell>
                  <TableCell>
                    {t(`obstacles.status.${obstacle.escalationStatus}`)}
                    {mayWrite ? <ObstacleEscalation key={obstacle.id} obstacle={obstacle} /> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('obstacles.pagination')} />
        </>
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}`} label={t('buildingTeam.back')} />
    </>
  );
}
