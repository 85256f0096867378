import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../../components/TextLink';
import { iterationsQueryOptions } from '../../api/iteration-queries';
import { iterationPath } from './model';

/**
 * Under a clause of a version: the action-research iterations it answers, each a link to the iteration. Nothing when
 * the clause answers none.
 */
export function ClauseIterations({
  agreementId,
  iterationIds,
}: {
  agreementId: string;
  iterationIds: readonly string[];
}) {
  const { t } = useTranslation();
  const query = useQuery({ ...iterationsQueryOptions(agreementId), enabled: iterationIds.length > 0 });
  if (iterationIds.length === 0) return null;
  const titleOf = (id: string) =>
    query.data?.items.find((iteration) => iteration.id === id)?.title ??
    (query.isPending ? t('common.loading') : t('iterations.unknown'));
  return (
    <div className="lk-clause__sources lk-clause__iterations">
      <p className="lk-byline">{t('iterations.answers', { count: iterationIds.length })}</p>
      <ul>
        {iterationIds.map((id) => (
          <li key={id}>
            <TextLink to={iterationPath(agreementId, id)}>{titleOf(id)}</TextLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
