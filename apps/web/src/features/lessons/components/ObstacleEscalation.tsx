import type { SystemObstacle } from '@leerkring/domain';
import { Button, SelectField } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { fieldErrorsOf } from '../../../lib/form-errors';
import {
  checkEscalation,
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
  const current = obstacle.escalationStatus;
  const [chosen, setChosen] = useState<EscalationStatus>(() => nextEscalationStatus(current));
  const [chosenFor, setChosenFor] = useState<EscalationStatus>(current);
  const [checked, setChecked] = useState<string | undefined>();
  const [saved, setSaved] = useState('');
  // Once the status changed (here or elsewhere), the next step is offered again.
  if (chosenFor !== current) {
    setChosenFor(current);
    setChosen(nextEscalationStatus(current));
  }
  const save = useEscalateObstacle(obstacle.id, {
    onSuccess: (stored) =>
      setSaved(
        t('obstacleEscalation.saved', {
          title: stored.title,
          status: t(`obstacles.status.${stored.escalationStatus}`),
        }),
      ),
  });
  const id = `obstacle-${obstacle.id}-escalation`;
  const error = checked ?? fieldErrorsOf(save.error).escalationStatus;
  return (
    <form
      noValidate
      className="lk-escalation"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved('');
        const refusal = checkEscalation({ current, chosen });
        if (refusal) {
          save.reset();
          setChecked(t(`obstacleEscalation.errors.${refusal}`, { status: t(`obstacles.status.${current}`) }));
          document.getElementById(id)?.focus();
          return;
        }
        setChecked(undefined);
        save.mutate(chosen);
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
        value={chosen}
        onChange={(event) => {
          setChosen(event.target.value as EscalationStatus);
          setChecked(undefined);
          setSaved('');
        }}
        error={error}
        options={escalationStatuses.map((status) => ({
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
