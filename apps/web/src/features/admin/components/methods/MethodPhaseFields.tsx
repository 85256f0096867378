import { InputModeSchema } from '@leerkring/domain';
import { Button, Fieldset, SelectField, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { LabelFields } from './LabelFields';
import { phaseFieldId, phaseGroupId, type PhaseDraft, type PhaseField } from './method-draft';

/** One phase of a method: its names, prompts, time box, input mode and key, with buttons to move or remove it. */
export function MethodPhaseFields({
  phase,
  index,
  count,
  legend,
  errorAt,
  onChange,
  onMove,
  onRemove,
}: {
  phase: PhaseDraft;
  index: number;
  count: number;
  legend: string;
  errorAt: (id: string) => string | undefined;
  onChange: (change: Partial<Omit<PhaseDraft, 'uid'>>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = (field: PhaseField) => phaseFieldId(phase.uid, field);
  return (
    <li className="lk-method-phase">
      <Fieldset id={phaseGroupId(phase.uid)} legend={legend} error={errorAt(phaseGroupId(phase.uid))}>
        <LabelFields
          errorAt={errorAt}
          base={(lang) => id(`name-${lang}`)}
          labels={{ nl: t('methods.form.phaseNameNl'), en: t('methods.form.phaseNameEn') }}
          value={phase.name}
          onChange={(name) => onChange({ name })}
        />
        <LabelFields
          errorAt={errorAt}
          base={(lang) => id(`prompt-${lang}`)}
          labels={{ nl: t('methods.form.promptNl'), en: t('methods.form.promptEn') }}
          value={phase.prompt}
          onChange={(prompt) => onChange({ prompt })}
          multiline={true}
        />
        <TextField
          id={id('minutes')}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          step={1}
          label={t('methods.form.minutes')}
          description={t('methods.form.minutesDescription')}
          value={phase.minutes}
          onChange={(event) => onChange({ minutes: event.target.value })}
          error={errorAt(id('minutes'))}
          required
        />
        <SelectField
          id={id('mode')}
          label={t('methods.form.mode')}
          value={phase.inputMode}
          onChange={(event) => onChange({ inputMode: InputModeSchema.parse(event.target.value) })}
          error={errorAt(id('mode'))}
          options={InputModeSchema.options.map((mode) => ({
            value: mode,
            label: t(`methods.form.modes.${mode}`),
          }))}
        />
        <TextField
          id={id('key')}
          label={t('methods.form.key')}
          description={t('methods.form.keyDescription')}
          value={phase.key}
          onChange={(event) => onChange({ key: event.target.value })}
          error={errorAt(id('key'))}
          required
          maxLength={60}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="lk-actions">
          <Button
            id={`${phaseGroupId(phase.uid)}-up`}
            type="button"
            appearance="subtle-button"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            {t('methods.form.up')}
            <span className="lk-visually-hidden">: {legend}</span>
          </Button>
          <Button
            id={`${phaseGroupId(phase.uid)}-down`}
            type="button"
            appearance="subtle-button"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('methods.form.down')}
            <span className="lk-visually-hidden">: {legend}</span>
          </Button>
          <Button
            id={`${phaseGroupId(phase.uid)}-remove`}
            type="button"
            appearance="subtle-button"
            hint="danger"
            onClick={onRemove}
          >
            {t('methods.form.remove')}
            <span className="lk-visually-hidden">: {legend}</span>
          </Button>
        </div>
      </Fieldset>
    </li>
  );
}
