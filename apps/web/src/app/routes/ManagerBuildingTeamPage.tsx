import { Heading1, Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { PageTitle } from '../../components/PageTitle';
import { QueryProblem } from '../../components/QueryProblem';
import { TextLink } from '../../components/TextLink';
import { ContextAgreements } from '../../features/agreements/components/ContextAgreements';
import { BuildingTeamGuideline } from '../../features/guidelines/components/BuildingTeamGuideline';
import { ObstacleGroups } from '../../features/lessons/components/ObstacleGroups';
import { useCanInBuildingTeam } from '../../lib/auth/use-context-permission';
import { buildingTeamQueryOptions } from '../../lib/queries/building-team';

/**
 * A manager's view of a bouwteam: the registration guideline in force with the lessons behind each clause and its
 * history, the agreements in force with their review dates, and the system obstacles met most. No case content.
 */
export function ManagerBuildingTeamPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '' } = useParams();
  const team = useQuery(buildingTeamQueryOptions(buildingTeamId));
  const mayReadAgreements = useCanInBuildingTeam('agreement:read', buildingTeamId);
  const title = team.data ? t('managerHome.pageTitle', { name: team.data.name }) : t('managerHome.heading');
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      {team.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : team.isError ? (
        <QueryProblem error={team.error} onRetry={() => void team.refetch()} />
      ) : (
        <>
          <Paragraph appearance="lead">{t('managerHome.pageLead')}</Paragraph>
          <BuildingTeamGuideline buildingTeamId={buildingTeamId} />
          <section aria-labelledby="guideline-history">
            <Heading2 id="guideline-history">{t('managerHome.historyHeading')}</Heading2>
            <Paragraph>
              <TextLink to={`/bouwteams/${buildingTeamId}/registratierichtlijnen`}>
                {t('managerHome.historyLink')}
              </TextLink>
            </Paragraph>
          </section>
          {mayReadAgreements ? <ContextAgreements context={{ type: 'building-team', id: buildingTeamId }} /> : null}
          <ObstacleGroups buildingTeamId={buildingTeamId} />
        </>
      )}
      <BackLink to="/" label={t('managerHome.back')} />
    </>
  );
}
