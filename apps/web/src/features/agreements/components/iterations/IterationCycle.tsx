import { iterationPhases, type IterationPhase } from '@leerkring/domain';
import { useTranslation } from 'react-i18next';
import { stepCount, stepOf } from './model';
import './iterations.css';

/** "Waarnemen (stap 3 van 5)": the phase in words, with where it is in the cycle. */
export function PhaseText({ phase }: { phase: IterationPhase }) {
  const { t } = useTranslation();
  return (
    <>
      {t('iterations.phaseWithStep', { phase: t(`iterations.phase.${phase}`), step: stepOf(phase), total: stepCount })}
    </>
  );
}

/**
 * The cycle as an ordered list of its five phases; the current one is marked with `aria-current="step"`, in bold with
 * a heavier border and the word "nu", the ones before it with "gedaan": never by colour alone.
 */
export function IterationCycle({ phase, labelledBy }: { phase: IterationPhase; labelledBy: string }) {
  const { t } = useTranslation();
  const current = stepOf(phase);
  return (
    <ol className="lk-cycle" aria-labelledby={labelledBy}>
      {iterationPhases.map((item, index) => {
        const state = index + 1 < current ? 'done' : index + 1 === current ? 'current' : 'todo';
        return (
          <li
            key={item}
            className={`lk-cycle__step lk-cycle__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="lk-cycle__name">
              {t('iterations.numberedPhase', { number: index + 1, phase: t(`iterations.phase.${item}`) })}
            </span>
            {state === 'todo' ? null : <span className="lk-cycle__state"> ({t(`iterations.stepState.${state}`)})</span>}
          </li>
        );
      })}
    </ol>
  );
}
