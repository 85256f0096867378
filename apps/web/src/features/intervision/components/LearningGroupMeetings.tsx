import type { IntervisionSessionSummary } from '@leerkring/domain';
import { Button, Heading2, Heading3, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { useCanIn } from '../../../lib/auth/use-context-permission';
import { useLanguage } from '../../../lib/use-language';
import { learningGroupSessionsQueryOptions } from '../api/learning-group-sessions';
import { LearningGroupMeetingForm } from './LearningGroupMeetingForm';

/** The meetings of a learning group, upcoming and past, and for its coordinator a way to plan the next one. */
export function LearningGroupMeetings({ learningGroupId }: { learningGroupId: string }) {
  const { t } = useTranslation();
  const mayPlan = useCanIn('group-session:write', { type: 'learning-group', id: learningGroupId });
  const [planning, setPlanning] = useState(false);
  const query = useQuery(learningGroupSessionsQueryOptions(learningGroupId));
  const items = query.data?.items ?? [];
  const upcoming = items.filter((session) => session.status !== 'ended');
  const past = items.filter((session) => session.status === 'ended');
  return (
    <section aria-labelledby="group-meetings">
      <Heading2 id="group-meetings">{t('groupMeetings.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Heading3>{t('groupMeetings.upcoming')}</Heading3>
          <MeetingList sessions={upcoming} empty={t('groupMeetings.noUpcoming')} />
          <Heading3>{t('groupMeetings.past')}</Heading3>
          <MeetingList sessions={past} empty={t('groupMeetings.noPast')} />
        </>
      )}
      {mayPlan && !planning ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => setPlanning(true)}>
          {t('groupMeetings.plan')}
        </Button>
      ) : null}
      {mayPlan && planning ? (
        <LearningGroupMeetingForm learningGroupId={learningGroupId} onDone={() => setPlanning(false)} />
      ) : null}
    </section>
  );
}

function MeetingList({ sessions, empty }: { sessions: IntervisionSessionSummary[]; empty: string }) {
  const { t } = useTranslation();
  const { language, formatDate } = useLanguage();
  if (sessions.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul className="lk-card-list">
      {sessions.map((session) => (
        <li key={session.id} className="lk-card">
          <TextLink to={`/sessies/${session.id}`}>
            {t('session.title', { method: session.method.name[language], date: formatDate(session.plannedDate) })}
          </TextLink>
          <Paragraph>
            {t(`sessions.status.${session.status}`)} · {t('sessions.roles.facilitator')}: {session.facilitator.name}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
