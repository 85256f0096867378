import { Heading1, Heading2, LoadingState, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { QueryProblem } from '../../../components/QueryProblem';
import { TextLink } from '../../../components/TextLink';
import { learningGroupsQueryOptions } from '../api/agreement-queries';

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
