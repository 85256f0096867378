import { type IntervisionSession } from '@leerkring/domain';
import { Heading1, Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import { useSessionPage, useSessionRunner } from '../use-session-runner';
import { CurrentPhase } from './CurrentPhase';
import { FacilitatorControls } from './FacilitatorControls';
import { ActionList, NewAction } from './SessionActions';
import { SessionPhases } from './SessionPhases';
import { SessionInputs, SessionNotes } from './SessionTexts';

/** The session runner: the previous session's open actions first, then the current phase, live for everyone. */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { query, live, title } = useSessionPage(sessionId);
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SessionRunner session={query.data} fetchedAt={query.dataUpdatedAt} live={live} />
      )}
    </>
  );
}

function SessionRunner({
  session,
  fetchedAt,
  live,
}: {
  session: IntervisionSession;
  fetchedAt: number;
  live: 'live' | 'polling' | 'off';
}) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const { progress, isFacilitator, mayWriteLessons, mayRecordActions } = useSessionRunner(session);
  return (
    <>
      <dl className="lk-facts">
        <div>
          <dt>{t(session.context.type === 'building-team' ? 'sessions.buildingTeam' : 'sessions.learningGroup')}</dt>
          <dd>
            <TextLink to={contextLink(session)}>{session.context.name}</TextLink>
          </dd>
        </div>
        <div>
          <dt>{t('sessions.date')}</dt>
          <dd>
            <time dateTime={session.plannedDate}>{formatDate(session.plannedDate)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('sessions.statusLabel')}</dt>
          <dd>{t(`sessions.status.${session.status}`)}</dd>
        </div>
        <div>
          <dt>{t('sessions.myRoles')}</dt>
          <dd>
            {session.myRoles.length === 0
              ? t('sessions.noRole')
              : session.myRoles.map((role) => t(`sessions.roles.${role}`)).join(', ')}
          </dd>
        </div>
      </dl>
      {live !== 'off' ? <Paragraph className="lk-live">{t(`sessions.live.${live}`)}</Paragraph> : null}

      {session.previousOpenActions.length > 0 ? (
        <section aria-labelledby="previous-actions">
          <Heading2 id="previous-actions">{t('sessions.previousActions')}</Heading2>
          <Paragraph>{t('sessions.previousActionsLead')}</Paragraph>
          <ActionList actions={session.previousOpenActions} context={session.context} sessionId={session.id} />
        </section>
      ) : null}

      <section aria-labelledby="current-phase">
        <Heading2 id="current-phase">{t('sessions.currentPhase')}</Heading2>
        <CurrentPhase session={session} fetchedAt={fetchedAt} />
        {isFacilitator ? <FacilitatorControls session={session} progress={progress} /> : null}
      </section>

      {session.textsWithheld ? (
        <Paragraph>{t('sessions.textsWithheld')}</Paragraph>
      ) : session.status !== 'planned' ? (
        <>
          <SessionInputs session={session} progress={progress} />
          <SessionNotes session={session} />
        </>
      ) : null}

      <section aria-labelledby="session-actions">
        <Heading2 id="session-actions">{t('sessions.actions')}</Heading2>
        {session.actions.length === 0 ? (
          <Paragraph>{t('sessions.noActions')}</Paragraph>
        ) : (
          <ActionList actions={session.actions} context={session.context} sessionId={session.id} />
        )}
        {mayRecordActions ? <NewAction session={session} /> : null}
      </section>

      <SessionPhases session={session} />

      {session.status === 'ended' && mayWriteLessons && session.buildingTeam ? (
        <section aria-labelledby="session-lessons">
          <Heading2 id="session-lessons">{t('sessions.lessons')}</Heading2>
          <Paragraph>
            <TextLink to={`/bouwteams/${session.buildingTeam.id}/lessen/nieuw?sessie=${session.id}`}>
              {t('sessions.recordLessons')}
            </TextLink>
          </Paragraph>
        </section>
      ) : null}
      <Paragraph>
        <TextLink to={contextLink(session)}>
          {t(session.context.type === 'building-team' ? 'sessions.backToList' : 'sessions.backToGroup')}
        </TextLink>
      </Paragraph>
    </>
  );
}

/** Where the session's bouwteam lists its sessions, or the page of its learning group. */
const contextLink = ({ context }: IntervisionSession) =>
  context.type === 'building-team' ? `/bouwteams/${context.id}/sessies` : `/leergroepen/${context.id}`;
