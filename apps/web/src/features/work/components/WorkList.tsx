import { calendarDateAt, consentDeadlineState, sessionName, type WorkList as Work } from '@leerkring/domain';
import { Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { canWith, mayEverWith } from '../../../lib/auth/principal';
import { useMe } from '../../../lib/auth/use-session';
import { useLanguage } from '../../../lib/use-language';
import { myWorkQueryOptions } from '../api/work-query';
import { contextsOf } from '../contexts';
import { planSessionPath, sessionPath, versionPath } from '../paths';
import '../work.css';

/** One kind of work: a heading, and the items or what to do when there are none. */
export function WorkSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="lk-card lk-work-section">
      <Heading2 id={id}>{heading}</Heading2>
      {children}
    </section>
  );
}

function Items({ label, children }: { label: string; children: ReactNode }) {
  return (
    <UnorderedList aria-label={label} className="lk-work-items">
      {children}
    </UnorderedList>
  );
}

/**
 * The work that waits for the signed-in person ("Voor jou"), from one API call: their next sessions, open actions,
 * the stances their organisation still owes and their concepts, with `reviews` (the agreements due for review, a part
 * of the agreements feature) in its place. A kind of work their roles never bring is left out; an empty one says what
 * to do next.
 */
export function WorkList({ reviews }: { reviews?: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const query = useQuery(myWorkQueryOptions());
  const show = {
    sessions: mayEverWith(me, 'session:read'),
    consents: mayEverWith(me, 'agreement:consent'),
    drafts: mayEverWith(me, 'agreement:write'),
  };
  if (!Object.values(show).some(Boolean)) return null;
  if (query.isPending) return <LoadingState label={t('work.loading')} />;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} headingLevel={2} />;
  const work = query.data;
  return (
    <>
      {show.sessions && <Sessions sessions={work.sessions} />}
      {show.sessions && <Actions actions={work.actions} />}
      {show.consents && <ConsentsOwed items={work.consentsOwed} />}
      {reviews}
      {show.drafts && <Drafts items={work.drafts} />}
    </>
  );
}

function Sessions({ sessions }: { sessions: Work['sessions'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const me = useMe();
  const planIn = contextsOf(me, 'building-team').filter((team) =>
    canWith(me, 'session:write', { type: 'building-team', id: team.id }),
  );
  return (
    <WorkSection id="work-sessions" heading={t('work.sessions.heading')}>
      {sessions.length === 0 ? (
        <>
          <Paragraph>{t('work.sessions.empty')}</Paragraph>
          {planIn.length > 0 && (
            <Items label={t('work.sessions.planLabel')}>
              {planIn.map((team) => (
                <UnorderedListItem key={team.id}>
                  <TextLink to={planSessionPath(team.id)}>{t('work.sessions.planIn', { team: team.name })}</TextLink>
                </UnorderedListItem>
              ))}
            </Items>
          )}
        </>
      ) : (
        <Items label={t('work.sessions.heading')}>
          {sessions.map((session) => (
            <UnorderedListItem key={session.id}>
              <TextLink to={sessionPath(session.id)}>
                {sessionName({ method: session.method.name, plannedDate: session.plannedDate, language })}
              </TextLink>
              {session.status === 'running' && <strong> — {t('work.sessions.running')}</strong>}
              <br />
              {session.buildingTeam.name}.{' '}
              {session.myRoles.length > 0
                ? t('work.sessions.yourRoles', {
                    roles: session.myRoles.map((role) => t(`sessions.roles.${role}`)).join(', '),
                  })
                : t('work.sessions.noRole')}
            </UnorderedListItem>
          ))}
        </Items>
      )}
    </WorkSection>
  );
}

function Actions({ actions }: { actions: Work['actions'] }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const today = calendarDateAt(new Date());
  return (
    <WorkSection id="work-actions" heading={t('work.actions.heading')}>
      {actions.length === 0 ? (
        <Paragraph>{t('work.actions.empty')}</Paragraph>
      ) : (
        <Items label={t('work.actions.heading')}>
          {actions.map((action) => (
            <UnorderedListItem key={action.id}>
              <TextLink to={sessionPath(action.sessionId)}>{action.what}</TextLink>
              <br />
              {action.dueDate < today ? (
                <strong>{t('work.actions.overdue', { date: formatDate(action.dueDate) })}</strong>
              ) : (
                t('work.actions.due', { date: formatDate(action.dueDate) })
              )}
              {' · '}
              {action.mine ? t('work.actions.mine') : t('work.actions.colleague', { name: action.owner.name })}
              {' · '}
              {action.buildingTeam.name}
            </UnorderedListItem>
          ))}
        </Items>
      )}
    </WorkSection>
  );
}

function versionName(item: Work['drafts'][number]) {
  return `${item.agreement.name} ${item.version.number}`;
}

function ConsentsOwed({ items }: { items: Work['consentsOwed'] }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  return (
    <WorkSection id="work-consents" heading={t('work.consents.heading')}>
      {items.length === 0 ? (
        <Paragraph>{t('work.consents.empty')}</Paragraph>
      ) : (
        <Items label={t('work.consents.heading')}>
          {items.map((item) => (
            <UnorderedListItem key={item.version.id}>
              <TextLink to={versionPath(item.agreement.id, item.version.id)}>
                {t('work.consents.link', { version: versionName(item) })}
              </TextLink>
              <br />
              {t('work.consents.since', {
                where: item.context.name,
                date: formatDate(calendarDateAt(new Date(item.since))),
              })}
              {item.consentDeadline ? <DeadlineNote deadline={item.consentDeadline} /> : null}
            </UnorderedListItem>
          ))}
        </Items>
      )}
    </WorkSection>
  );
}

/** "nog 5 dagen" / "verlopen" for a stance asked by a deadline. */
function DeadlineNote({ deadline }: { deadline: string }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const date = formatDate(deadline);
  const state = consentDeadlineState({ deadline, today: calendarDateAt(new Date()) });
  return (
    <>
      <br />
      <strong>
        {state.state === 'open'
          ? t('consent.deadline.open', { date, count: state.daysLeft })
          : t(`consent.deadline.${state.state}`, { date })}
      </strong>
    </>
  );
}

function Drafts({ items }: { items: Work['drafts'] }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  return (
    <WorkSection id="work-drafts" heading={t('work.drafts.heading')}>
      {items.length === 0 ? (
        <Paragraph>{t('work.drafts.empty')}</Paragraph>
      ) : (
        <Items label={t('work.drafts.heading')}>
          {items.map((item) => (
            <UnorderedListItem key={item.version.id}>
              <TextLink to={versionPath(item.agreement.id, item.version.id)}>{versionName(item)}</TextLink>
              <br />
              {t('work.drafts.changed', {
                where: item.context.name,
                date: formatDate(calendarDateAt(new Date(item.since))),
              })}
            </UnorderedListItem>
          ))}
        </Items>
      )}
    </WorkSection>
  );
}
