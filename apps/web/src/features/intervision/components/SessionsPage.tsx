import { sessionName } from '@leerkring/domain';
import { Heading1, Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useCanInBuildingTeam } from '../../../lib/auth/use-context-permission';
import { useLanguage } from '../../../lib/use-language';
import { buildingTeamQueryOptions } from '../../../lib/queries/building-team';
import { intervisionSessionsQueryOptions } from '../api/sessions-query';

const pageSize = 50;

/** The intervision sessions of a bouwteam, latest first, with a way to plan the next one. */
export function SessionsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { buildingTeamId = '' } = useParams();
  const team = useQuery(buildingTeamQueryOptions(buildingTeamId));
  const mayWrite = useCanInBuildingTeam('session:write', buildingTeamId);
  const query = useQuery(intervisionSessionsQueryOptions({ buildingTeamId, page: 1, pageSize }));
  return (
    <>
      <PageTitle title={t('sessions.heading')} />
      <Heading1>{t('sessions.heading')}</Heading1>
      {team.data ? <Paragraph appearance="lead">{team.data.name}</Paragraph> : null}
      {mayWrite ? (
        <Paragraph>
          <TextLink to={`/bouwteams/${buildingTeamId}/sessies/nieuw`}>{t('sessions.plan')}</TextLink>
        </Paragraph>
      ) : null}
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('sessions.empty')}</Paragraph>
      ) : (
        <ul className="lk-card-list">
          {query.data.items.map((session) => (
            <li key={session.id} className="lk-card">
              <Heading2>
                <TextLink to={`/sessies/${session.id}`}>
                  {sessionName({ method: session.method.name, plannedDate: session.plannedDate, language })}
                </TextLink>
              </Heading2>
              <Paragraph>
                {t(`sessions.status.${session.status}`)} · {t('sessions.roles.facilitator')}: {session.facilitator.name}{' '}
                · {t('sessions.roles.inbrenger')}: {session.inbrenger.name}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      <BackLink to={`/bouwteams/${buildingTeamId}`} label={t('sessions.backToTeam')} />
    </>
  );
}
