import { Heading2, LoadingState, Paragraph, UnorderedList, UnorderedListItem } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryProblem } from '../../../components/QueryProblem';
import { clauseSourcesQueryOptions } from '../api/agreement-queries';
import { clauseAnchor, versionPath } from '../paths';

/**
 * The leerlijn backwards: the clauses (and the versions they are in) that came from a lesson, or from the lessons about a
 * case, each linked to the clause on its version page.
 */
export function ClauseSources({ query: source }: { query: { lessonId: string } | { caseId: string } }) {
  const { t } = useTranslation();
  const query = useQuery(clauseSourcesQueryOptions(source));
  return (
    <section aria-labelledby="clause-sources">
      <Heading2 id="clause-sources">{t('agreements.sources.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>
          {'lessonId' in source ? t('agreements.sources.noneForLesson') : t('agreements.sources.noneForCase')}
        </Paragraph>
      ) : (
        <UnorderedList>
          {query.data.items.map((item) => (
            <UnorderedListItem key={`${item.version.id}-${item.clauseId}`}>
              <Link
                className="utrecht-link utrecht-link--html-a"
                to={`${versionPath(item.agreement.id, item.version.id)}#${clauseAnchor(item.clauseId)}`}
              >
                {t('agreements.sources.item', {
                  agreement: item.agreement.name,
                  number: item.version.number,
                  clause: item.clauseTitle || t('agreements.clauses.untitled'),
                })}
              </Link>{' '}
              ({t(`agreements.status.${item.version.status}`)})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
