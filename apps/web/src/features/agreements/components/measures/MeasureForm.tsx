import { betterDirections, runChartRuleSets, type Measure } from '@leerkring/domain';
import { Button, Fieldset, SelectField, TextAreaField, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../../lib/form';
import { useCreateMeasure, useUpdateMeasure } from '../../api/measure-queries';
import { measureFields, measureFormSchema, measureFormValues } from './measure-form';

/**
 * Defines a measure on an agreement (or one of its iterations), or changes the definition of one: name, operational
 * definition, unit, which way is better, the run-chart rules and the measuring and baseline periods.
 */
export function MeasureForm({
  agreementId,
  iterationId,
  measure,
  onSaved,
}: {
  agreementId: string;
  iterationId?: string | undefined;
  measure?: Measure | undefined;
  onSaved: (measure: Measure) => void;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useSchemaForm(measureFormSchema, measureFormValues(measure));
  const create = useCreateMeasure(agreementId, { onSuccess: onSaved });
  const update = useUpdateMeasure(agreementId, measure?.id ?? '', { onSuccess: onSaved });
  const save = measure ? update : create;
  const errorAt = fieldErrorsAt(formState.errors, save.error, {
    name: { too_small: t('measures.define.nameTooShort') },
    definition: { too_small: t('measures.define.definitionMissing') },
    periodEnd: { custom: t('measures.define.periodOrder') },
    baselineStart: { custom: t('measures.define.baselineInside') },
    baselineEnd: { custom: t('measures.define.baselineInside') },
  });
  const prefix = measure ? `measure-${measure.id}-edit` : 'measure-new';
  const id = (field: string) => `${prefix}-${field}`;
  return (
    <form
      noValidate
      className="lk-form lk-measure-form"
      aria-label={measure ? t('measures.define.editTitle', { name: measure.name }) : t('measures.define.newTitle')}
      onSubmit={(event) =>
        void handleSubmit((values) =>
          measure
            ? update.mutate(values)
            : create.mutate({ ...values, agreementId, rebaselines: [], ...(iterationId ? { iterationId } : {}) }),
        )(event)
      }
    >
      <FormProblem error={save.error} fields={measureFields} />
      <TextField
        id={id('name')}
        label={t('measures.define.name')}
        required
        maxLength={200}
        error={errorAt('name')}
        {...register('name')}
      />
      <TextAreaField
        id={id('definition')}
        label={t('measures.define.definition')}
        description={t('measures.define.definitionHint')}
        required
        rows={3}
        error={errorAt('definition')}
        {...register('definition')}
      />
      <TextField
        id={id('unit')}
        label={t('measures.unit')}
        description={t('measures.define.unitHint')}
        maxLength={50}
        error={errorAt('unit')}
        {...register('unit')}
      />
      <SelectField
        id={id('betterDirection')}
        label={t('measures.better')}
        error={errorAt('betterDirection')}
        options={betterDirections.map((direction) => ({
          value: direction,
          label: t(`measures.direction.${direction}`),
        }))}
        {...register('betterDirection')}
      />
      <Fieldset id={id('ruleSet')} legend={t('measures.ruleSet')} error={errorAt('ruleSet')}>
        {runChartRuleSets.map((ruleSet) => (
          <div key={ruleSet} className="lk-radio-row">
            <input id={id(`ruleSet-${ruleSet}`)} type="radio" value={ruleSet} {...register('ruleSet')} />
            <label htmlFor={id(`ruleSet-${ruleSet}`)} className="utrecht-form-label utrecht-form-label--checkbox">
              {t(`measures.rules.${ruleSet}`)} <span className="lk-hint">({t(`measures.define.rule.${ruleSet}`)})</span>
            </label>
          </div>
        ))}
      </Fieldset>
      <Fieldset id={id('period')} legend={t('measures.define.period')} description={t('measures.define.periodHint')}>
        <TextField
          id={id('periodStart')}
          type="date"
          label={t('measures.define.from')}
          required
          error={errorAt('periodStart')}
          {...register('periodStart')}
        />
        <TextField
          id={id('periodEnd')}
          type="date"
          label={t('measures.define.to')}
          required
          error={errorAt('periodEnd')}
          {...register('periodEnd')}
        />
      </Fieldset>
      <Fieldset id={id('baseline')} legend={t('measures.baseline')} description={t('measures.define.baselineHint')}>
        <TextField
          id={id('baselineStart')}
          type="date"
          label={t('measures.define.from')}
          required
          error={errorAt('baselineStart')}
          {...register('baselineStart')}
        />
        <TextField
          id={id('baselineEnd')}
          type="date"
          label={t('measures.define.to')}
          required
          error={errorAt('baselineEnd')}
          {...register('baselineEnd')}
        />
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {measure ? t('measures.define.saveChanges') : t('measures.define.create')}
      </Button>
    </form>
  );
}
