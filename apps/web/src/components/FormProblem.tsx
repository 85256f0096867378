import { ProblemAlert } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../lib/api-client';
import { unplacedParams } from '../lib/form-errors';

/** Why a form was refused: the problem's title and detail; the reasons per field are shown at the fields themselves. */
export function FormProblem({ error, fields }: { error: unknown; fields: readonly string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = problemOf(error);
  const rest = unplacedParams(error, fields);
  return (
    <ProblemAlert
      title={problem.title}
      detail={problem.detail}
      fields={rest}
      fieldsLabel={t('problem.fieldsLabel')}
      headingLevel={2}
    />
  );
}
