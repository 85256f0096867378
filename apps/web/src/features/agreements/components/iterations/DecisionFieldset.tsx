import { iterationDecisions, type IterationDecision } from '@leerkring/domain';
import { Fieldset } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';

/** The decision that closes an iteration: adopt, adapt or abandon, each with what it means. */
export function DecisionFieldset({
  fieldId,
  decision,
  onChange,
  error,
}: {
  fieldId: (field: string) => string;
  decision: IterationDecision | '';
  onChange: (decision: IterationDecision) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset
      id={fieldId('decision')}
      legend={t('iterations.form.decisionLegend')}
      description={t('iterations.form.decisionHint')}
      error={error}
    >
      {iterationDecisions.map((option) => (
        <div key={option} className="lk-radio-row">
          <input
            id={fieldId(`decision-${option}`)}
            type="radio"
            name="iteration-decision"
            value={option}
            checked={decision === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={fieldId(`decision-${option}`)} className="utrecht-form-label utrecht-form-label--checkbox">
            {t(`iterations.choice.${option}`)}{' '}
            <span className="lk-hint">({t(`iterations.decisionHint.${option}`)})</span>
          </label>
        </div>
      ))}
    </Fieldset>
  );
}
