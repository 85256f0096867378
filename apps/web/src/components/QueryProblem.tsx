import { Button, ProblemAlert } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../lib/api-client';

export interface QueryProblemProps {
  error: unknown;
  onRetry?: () => void;
  headingLevel?: 2 | 3;
}

/** A failed query, told in the problem's own title and detail, with a way to try again. */
export function QueryProblem({ error, onRetry, headingLevel = 2 }: QueryProblemProps) {
  const { t } = useTranslation();
  const problem = problemOf(error);
  return (
    <ProblemAlert
      title={problem.title}
      detail={problem.detail}
      fields={problem.invalidParams}
      fieldsLabel={t('problem.fieldsLabel')}
      headingLevel={headingLevel}
      actions={
        onRetry ? (
          <Button type="button" appearance="secondary-action-button" onClick={onRetry}>
            {t('problem.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
