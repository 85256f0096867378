import type { Iteration, SignalKey } from '@leerkring/domain';
import { Fieldset, Paragraph } from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { measuresQueryOptions } from '../../api/measure-queries';

const same = (a: SignalKey, b: SignalKey) => a.measureId === b.measureId && a.signalId === b.signalId;

/**
 * The signals the decision may rest on: the current signals of the iteration's measures and the agreement's own, as
 * checkboxes in words. None checked is a decision too ("no signal").
 */
export function DecisionSignalsFieldset({
  iteration,
  selected,
  onChange,
}: {
  iteration: Pick<Iteration, 'id' | 'agreementId'>;
  selected: readonly SignalKey[];
  onChange: (signals: SignalKey[]) => void;
}) {
  const { t } = useTranslation();
  const own = useQuery(measuresQueryOptions(iteration.agreementId, iteration.id));
  const agreement = useQuery(measuresQueryOptions(iteration.agreementId));
  const options = [...(own.data?.items ?? []), ...(agreement.data?.items ?? [])].flatMap((measure) =>
    measure.analysis.signals.map((signal) => ({
      key: { measureId: measure.id, signalId: signal.id },
      label: `${measure.name}: ${signal.description}`,
    })),
  );
  return (
    <Fieldset id="iteration-signals" legend={t('iterations.signals.legend')} description={t('iterations.signals.hint')}>
      {options.length === 0 ? <Paragraph>{t('iterations.signals.noneShown')}</Paragraph> : null}
      {options.map(({ key, label }) => {
        const id = `iteration-signal-${key.measureId}-${key.signalId}`;
        const checked = selected.some((item) => same(item, key));
        return (
          <div key={id} className="lk-radio-row">
            <input
              id={id}
              type="checkbox"
              checked={checked}
              onChange={() => onChange(checked ? selected.filter((item) => !same(item, key)) : [...selected, key])}
            />
            <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
              {label}
            </label>
          </div>
        );
      })}
    </Fieldset>
  );
}

/** The signals a decided iteration rested on, in words with their measure. */
export function DecisionSignalsList({ signals }: { signals: Iteration['signals'] }) {
  const { t } = useTranslation();
  if (signals.length === 0) return <Paragraph>{t('iterations.signals.restedOnNone')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('iterations.signals.restedOn')}</Paragraph>
      <ul className="lk-decision-signals">
        {signals.map((signal) => (
          <li key={`${signal.measureId}-${signal.signalId}`}>
            <strong>{signal.measureName}</strong>: {signal.description}
          </li>
        ))}
      </ul>
    </>
  );
}
