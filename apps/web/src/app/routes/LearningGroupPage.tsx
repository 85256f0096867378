import type { LearningGroupDetail } from '@leerkring/domain';
import { Heading1, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { PageTitle } from '../../components/PageTitle';
import { QueryProblem } from '../../components/QueryProblem';
import { ContextAgreements } from '../../features/agreements/components/ContextAgreements';
import { LearningGroupMembers } from '../../features/learning-groups/components/LearningGroupMembers';
import { LearningGroupMeetings } from '../../features/intervision/components/LearningGroupMeetings';
import { LearningGroupLessons } from '../../features/lessons/components/LearningGroupLessons';
import { useLanguage } from '../../lib/use-language';
import { learningGroupQueryOptions } from '../../lib/queries/learning-group';

/**
 * The working space of a learning group: what it is about and when, its regions with the members representing them,
 * its talking document with its versions (the consent per region is on each version's page), and its meetings and
 * shared lessons.
 */
export function LearningGroupPage() {
  const { t } = useTranslation();
  const { learningGroupId = '' } = useParams();
  const query = useQuery(learningGroupQueryOptions(learningGroupId));
  const name = query.data?.name ?? t('learningGroups.one');
  return (
    <>
      <PageTitle title={name} />
      <Heading1>{name}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LearningGroupHome group={query.data} />
      )}
      <BackLink to="/leergroepen" label={t('learningGroups.back')} />
    </>
  );
}

function LearningGroupHome({ group }: { group: LearningGroupDetail }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  return (
    <>
      {group.description ? <Paragraph appearance="lead">{group.description}</Paragraph> : null}
      <dl className="lk-facts">
        {group.theme ? (
          <div>
            <dt>{t('learningGroups.theme')}</dt>
            <dd>{group.theme}</dd>
          </div>
        ) : null}
        {group.startDate || group.endDate ? (
          <div>
            <dt>{t('learningGroups.period')}</dt>
            <dd>
              {group.startDate ? <time dateTime={group.startDate}>{formatDate(group.startDate)}</time> : '…'}
              {' – '}
              {group.endDate ? <time dateTime={group.endDate}>{formatDate(group.endDate)}</time> : '…'}
            </dd>
          </div>
        ) : null}
      </dl>
      <LearningGroupMembers group={group} />
      <ContextAgreements context={{ type: 'learning-group', id: group.id }} />
      <LearningGroupMeetings learningGroupId={group.id} />
      <LearningGroupLessons learningGroupId={group.id} />
    </>
  );
}
