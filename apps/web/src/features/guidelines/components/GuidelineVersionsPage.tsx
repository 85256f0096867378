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
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import { buildingTeamQueryOptions } from '../../../lib/queries/building-team';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { guidelineVersionsQueryOptions } from '../api/guideline-queries';
import { guidelinesPath, shortened, versionPath } from '../paths';

/** Every version of a bouwteam's registration guideline, newest first, with its status and dates. */
export function GuidelineVersionsPage() {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const page = usePageNumber();
  const team = useQuery(buildingTeamQueryOptions(buildingTeamId));
  const mayWrite = useCanInBuildingTeam('guideline:write', buildingTeamId);
  const query = useQuery(guidelineVersionsQueryOptions({ buildingTeamId, page, pageSize: 20 }));
  return (
    <>
      <PageTitle title={t('guidelines.title')} />
      <Heading1>{t('guidelines.heading')}</Heading1>
      {team.data ? <Paragraph appearance="lead">{team.data.name}</Paragraph> : null}
      <Paragraph>{t('guidelines.lead')}</Paragraph>
      {mayWrite ? (
        <Paragraph>
          <TextLink to={`${guidelinesPath(buildingTeamId)}/nieuw`}>{t('guidelines.new')}</TextLink>
        </Paragraph>
      ) : (
        <Paragraph>{t('guidelines.readOnly')}</Paragraph>
      )}
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('guidelines.empty')}</Paragraph>
      ) : (
        <>
          <Table caption={t('guidelines.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('guidelines.columns.version')}</TableHeaderCell>
                <TableHeaderCell>{t('guidelines.columns.status')}</TableHeaderCell>
                <TableHeaderCell>{t('guidelines.columns.inForceSince')}</TableHeaderCell>
                <TableHeaderCell>{t('guidelines.columns.createdAt')}</TableHeaderCell>
                <TableHeaderCell>{t('guidelines.columns.changelog')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((version) => (
                <TableRow key={version.id}>
                  <TableCell>
                    <TextLink to={versionPath(buildingTeamId, version.id)}>
                      {t('guidelines.versionName', { version: version.version })}
                    </TextLink>
                  </TableCell>
                  <TableCell>
                    {version.status === 'in-force' ? (
                      <strong>{t(`guidelines.status.${version.status}`)}</strong>
                    ) : (
                      t(`guidelines.status.${version.status}`)
                    )}
                  </TableCell>
                  <TableCell>
                    {version.inForceSince ? (
                      <time dateTime={version.inForceSince}>{formatDate(version.inForceSince)}</time>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell>
                    <time dateTime={version.createdAt}>{formatDate(version.createdAt)}</time>
                  </TableCell>
                  <TableCell>{shortened(version.changelog)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager meta={query.data.meta} label={t('guidelines.pagination')} />
        </>
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}`} label={t('buildingTeam.back')} />
    </>
  );
}
