import { Heading1, Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/BackLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { learningGroupsQueryOptions } from '../api/agreement-queries';
import { ContextAgreements } from './ContextAgreements';

/** The learning groups the person may see, each with a link to its page. */
export function LearningGroupsPage() {
  const { t } = useTranslation();
  const query = useQuery(learningGroupsQueryOptions());
  return (
    <>
      <PageTitle title={t('learningGroups.title')} />
      <Heading1>{t('learningGroups.title')}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('learningGroups.empty')}</Paragraph>
      ) : (
        <ul className="lk-card-list">
          {query.data.items.map((group) => (
            <li key={group.id} className="lk-card">
              <Heading2>
                <TextLink to={`/leergroepen/${group.id}`}>{group.name}</TextLink>
              </Heading2>
              {group.description ? <Paragraph>{group.description}</Paragraph> : null}
              <Paragraph>{t('learningGroups.regions', { count: group.regions.length })}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A learning group: what it is, the regions learning together, and its shared talking document(s). */
export function LearningGroupPage() {
  const { t } = useTranslation();
  const { learningGroupId = '' } = useParams();
  const query = useQuery(learningGroupsQueryOptions());
  const group = query.data?.items.find((item) => item.id === learningGroupId);
  const name = group?.name ?? t('learningGroups.one');
  return (
    <>
      <PageTitle title={name} />
      <Heading1>{name}</Heading1>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {group?.description ? <Paragraph appearance="lead">{group.description}</Paragraph> : null}
          {group && group.regions.length > 0 ? (
            <section aria-labelledby="learning-group-regions">
              <Heading2 id="learning-group-regions">{t('learningGroups.regionsHeading')}</Heading2>
              <Paragraph>{group.regions.map((region) => region.name).join(', ')}</Paragraph>
            </section>
          ) : null}
          <ContextAgreements context={{ type: 'learning-group', id: learningGroupId }} />
        </>
      )}
      <BackLink to="/leergroepen" label={t('learningGroups.back')} />
    </>
  );
}
