import type { SystemObstacle } from '@leerkring/domain';
import { Button, SelectField } from '@leerkring/ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import {
  escalationFormSchema,
  escalationStatuses,
  nextEscalationStatus,
  type EscalationStatus,
} from './obstacle-escalation';
import { useEscalateObstacle } from '../api/lesson-mutations';
import './obstacle-escalation.css';

const formFields = ['escalationStatus'] as const;

/**
 * Change an obstacle's escalation status (open → escalated → resolved, or parked): a labelled select with the usual
 * next status chosen, and a button; what was saved is said in a polite live region, a refusal at the field.
 */
export function ObstacleEscalation({ obstacle }: { obstacle: SystemObstacle }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState('');
  const save = useEscalateObstacle(obstacle.id, {
    onSuccess: (stored) =>
      setSaved(
        t('obstacleEscalation.saved', {
          title: stored.title,
          status: t(`obstacles.status.${stored.escalationStatus}`),
        }),
      ),
  });
  const current = obstacle.escalationStatus;
  const schema = useMemo(() => escalationFormSchema(current), [current]);
  const { register, handleSubmit, formState, reset } = useSchemaForm(schema, {
    escalationStatus: nextEscalationStatus(current),
  });
  // Once the status changed (here or elsewhere), the next step is offered again.
  useEffect(() => reset({ escalationStatus: nextEscalationStatus(current) }), [current, reset]);
  const id = `obstacle-${obstacle.id}-escalation`;
  const errorAt = fieldErrorsAt(formState.errors, save.error, {
    escalationStatus: {
      custom: t('obstacleEscalation.errors.unchanged', { status: t(`obstacles.status.${current}`) }),
    },
  });
  const field = register('escalationStatus', { onChange: () => setSaved('') });
  return (
    <form
      noValidate
      className="lk-escalation"
      onSubmit={(event) => {
        setSaved('');
        void handleSubmit(
          ({ escalationStatus }) => save.mutate(escalationStatus),
          () => save.reset(),
        )(event);
      }}
    >
      <FormProblem error={save.error} fields={formFields} />
      <SelectField
        id={id}
        label={
          <>
            {t('obstacleEscalation.label')}
            <span className="lk-visually-hidden"> {t('obstacleEscalation.labelOf', { title: obstacle.title })}</span>
          </>
        }
        {...field}
        defaultValue={nextEscalationStatus(current)}
        error={errorAt('escalationStatus')}
        options={escalationStatuses.map((status: EscalationStatus) => ({
          value: status,
          label:
            status === current
              ? t('obstacleEscalation.current', { status: t(`obstacles.status.${status}`) })
              : t(`obstacles.status.${status}`),
        }))}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={save.isPending}>
        {t('obstacleEscalation.save')}
        <span className="lk-visually-hidden"> {t('obstacleEscalation.labelOf', { title: obstacle.title })}</span>
      </Button>
      <p role="status">{saved}</p>
    </form>
  );
}
