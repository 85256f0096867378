import { groupObstacles, legalFrameworks } from '@leerkring/domain';
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
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { termLabel } from '../../../lib/terms';
import { useLanguage } from '../../../lib/use-language';
import { systemObstaclesQueryOptions } from '../api/lesson-queries';

/** The system obstacles a bouwteam met most, grouped by legal framework and escalation status (the newest 100). */
export function ObstacleGroups({ buildingTeamId }: { buildingTeamId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayRead = useCanInBuildingTeam('obstacle:read', buildingTeamId);
  const query = useQuery({
    ...systemObstaclesQueryOptions({ buildingTeamId, page: 1, pageSize: 100 }),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  const groups = query.data ? groupObstacles(query.data.items) : [];
  return (
    <section>
      <Heading2 id="obstacle-groups">{t('obstacles.groups.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : groups.length === 0 ? (
        <Paragraph>{t('obstacles.empty')}</Paragraph>
      ) : (
        <Table caption={t('obstacles.groups.heading')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('cases.legalFramework')}</TableHeaderCell>
              <TableHeaderCell>{t('obstacles.escalation')}</TableHeaderCell>
              <TableHeaderCell>{t('obstacles.groups.obstacles')}</TableHeaderCell>
              <TableHeaderCell>{t('obstacles.groups.cases')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((group) => (
              <TableRow key={`${group.legalFramework ?? ''}|${group.escalationStatus}`}>
                <TableCell>
                  {group.legalFramework
                    ? termLabel(legalFrameworks, group.legalFramework, language)
                    : t('obstacles.groups.noFramework')}
                </TableCell>
                <TableCell>{t(`obstacles.status.${group.escalationStatus}`)}</TableCell>
                <TableCell>{group.obstacles}</TableCell>
                <TableCell>{group.cases}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <TextLink to={`/bouwteams/${buildingTeamId}/systeemhobbels`}>{t('buildingTeam.allObstacles')}</TextLink>
    </section>
  );
}
