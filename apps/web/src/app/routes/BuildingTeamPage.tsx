import { transformationThemes, type BuildingTeam } from '@leerkring/domain';
import { Heading1, Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { QueryProblem } from '../../components/QueryProblem';
import { TextLink } from '../../components/TextLink';
import { ContextAgreements } from '../../features/agreements/components/ContextAgreements';
import { ReviewDueAgreements } from '../../features/agreements/components/review/ReviewDueAgreements';
import { BuildingTeamMembers } from '../../features/building-teams/components/BuildingTeamMembers';
import { BuildingTeamCases } from '../../features/cases/components/BuildingTeamCases';
import { BuildingTeamGuideline } from '../../features/guidelines/components/BuildingTeamGuideline';
import { intervisionSessionsQueryOptions } from '../../features/intervision/api/sessions-query';
import { BuildingTeamLessons } from '../../features/lessons/components/BuildingTeamLessons';
import { BuildingTeamObstacles } from '../../features/lessons/components/BuildingTeamObstacles';
import { useCanInBuildingTeam } from '../../lib/auth/use-context-permission';
import { useMayEver } from '../../lib/auth/use-session';
import { buildingTeamQueryOptions } from '../../lib/queries/building-team';
import { termLabel } from '../../lib/terms';
import { useLanguage } from '../../lib/use-language';

/** How many of each kind of record the home shows before linking to the whole list. */
const preview = 5;

/**
 * The home of one bouwteam: who is in it, its cases, lessons, obstacles, agreements, the guideline in force and its
 * sessions, each part shown by the feature it belongs to.
 */
export function BuildingTeamPage() {
  const { t } = useTranslation();
  const { buildingTeamId = '' } = useParams();
  const query = useQuery(buildingTeamQueryOptions(buildingTeamId));
  return (
    <>
      <PageTitle title={query.data?.name ?? t('buildingTeam.title')} />
      <Heading1>{query.data?.name ?? t('buildingTeam.title')}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <BuildingTeamHome team={query.data} />
      )}
      <Paragraph>
        <TextLink to="/bouwteams">{t('buildingTeam.backToList')}</TextLink>
      </Paragraph>
    </>
  );
}

function BuildingTeamHome({ team }: { team: BuildingTeam }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const canEdit = useCanInBuildingTeam('building-team:write', team.id);
  const mayReadMembers = useMayEver('membership:read');
  return (
    <>
      {team.description ? <Paragraph appearance="lead">{team.description}</Paragraph> : null}
      <dl className="lk-facts">
        <div>
          <dt>{t('buildingTeams.municipality')}</dt>
          <dd>{team.municipality.name}</dd>
        </div>
        <div>
          <dt>{t('buildingTeams.theme')}</dt>
          <dd>{termLabel(transformationThemes, team.theme, language)}</dd>
        </div>
        <div>
          <dt>{t('buildingTeams.startDate')}</dt>
          <dd>
            <time dateTime={team.startDate}>{formatDate(team.startDate)}</time>
          </dd>
        </div>
      </dl>
      {canEdit ? (
        <Paragraph>
          <TextLink to={`/bouwteams/${team.id}/wijzigen`}>{t('buildingTeam.edit')}</TextLink>
        </Paragraph>
      ) : null}
      <ReviewDueAgreements buildingTeamId={team.id} headingLevel={2} />

      <section>
        <Heading2 id="team-partners">{t('buildingTeams.partners')}</Heading2>
        {team.partners.length === 0 ? (
          <Paragraph>{t('buildingTeam.noPartners')}</Paragraph>
        ) : (
          <UnorderedList>
            {team.partners.map((partner) => (
              <UnorderedListItem key={partner.id}>{partner.name}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      {mayReadMembers ? <BuildingTeamMembers buildingTeamId={team.id} /> : null}
      <BuildingTeamCases buildingTeamId={team.id} previewSize={preview} />
      <BuildingTeamLessons buildingTeamId={team.id} previewSize={preview} />
      <BuildingTeamObstacles buildingTeamId={team.id} previewSize={preview} />
      <TeamAgreements buildingTeamId={team.id} />
      <BuildingTeamGuideline buildingTeamId={team.id} />
      <TeamSessions buildingTeamId={team.id} />
    </>
  );
}

function TeamAgreements({ buildingTeamId }: { buildingTeamId: string }) {
  const mayRead = useCanInBuildingTeam('agreement:read', buildingTeamId);
  return mayRead ? <ContextAgreements context={{ type: 'building-team', id: buildingTeamId }} /> : null;
}

function TeamSessions({ buildingTeamId }: { buildingTeamId: string }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  const mayRead = useCanInBuildingTeam('session:read', buildingTeamId);
  const mayPlan = useCanInBuildingTeam('session:write', buildingTeamId);
  const query = useQuery({
    ...intervisionSessionsQueryOptions({ buildingTeamId, page: 1, pageSize: preview }),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  // Sessions are new in the API; when it cannot list them yet, the rest of the page stands on its own.
  if (query.isError) return null;
  return (
    <section>
      <Heading2 id="team-sessions">{t('sessions.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('sessions.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((session) => (
            <UnorderedListItem key={session.id}>
              <TextLink to={`/sessies/${session.id}`}>
                <time dateTime={session.plannedDate}>{formatDate(session.plannedDate)}</time>:{' '}
                {session.method.name[language]}
              </TextLink>{' '}
              ({t(`sessions.status.${session.status}`)})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div className="lk-actions">
        <TextLink to={`/bouwteams/${buildingTeamId}/sessies`}>{t('sessions.all')}</TextLink>
        {mayPlan ? <TextLink to={`/bouwteams/${buildingTeamId}/sessies/nieuw`}>{t('sessions.plan')}</TextLink> : null}
      </div>
    </section>
  );
}
