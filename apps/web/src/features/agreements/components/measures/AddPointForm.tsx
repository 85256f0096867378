import { CalendarDateSchema, MeasureValueSchema, type Measure } from '@leerkring/domain';
import { Button, Heading3, TextField } from '@leerkring/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormProblem } from '../../../../components/FormProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../../lib/form';
import { useAddMeasurePoint } from '../../api/measure-queries';

const pointFields = ['date', 'value', 'note'] as const;

/** A data point by hand: the date, the value (a decimal comma is fine) and a note. */
export function AddPointForm({ agreementId, measure }: { agreementId: string; measure: Measure }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const schema = useMemo(
    () =>
      z.object({
        date: CalendarDateSchema,
        value: z
          .string()
          .trim()
          .regex(/^[-+]?\d+([.,]\d+)?$/)
          .transform((text) => Number(text.replace(',', '.')))
          .pipe(MeasureValueSchema),
        note: z.string().trim().max(500),
      }),
    [],
  );
  const form = useSchemaForm(schema, { date: '', value: '', note: '' });
  const add = useAddMeasurePoint(agreementId, measure.id);
  const errorAt = fieldErrorsAt(form.formState.errors, add.error, {
    date: { invalid_format: t('measures.form.dateFormat') },
    value: { invalid_format: t('measures.form.valueFormat') },
  });
  const id = (field: string) => `measure-${measure.id}-${field}`;
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby={id('form')}
      onSubmit={(event) => {
        setSaved(false);
        void form.handleSubmit((body) =>
          add.mutate(body, {
            onSuccess: () => {
              setSaved(true);
              form.reset({ date: '', value: '', note: '' });
            },
          }),
        )(event);
      }}
    >
      <Heading3 id={id('form')}>{t('measures.form.heading', { name: measure.name })}</Heading3>
      <FormProblem error={add.error} fields={pointFields} />
      <TextField
        id={id('date')}
        type="date"
        label={t('measures.date')}
        description={t('measures.form.dateHint')}
        error={errorAt('date')}
        {...form.register('date')}
      />
      <TextField
        id={id('value')}
        inputMode="decimal"
        label={t('measures.value')}
        error={errorAt('value')}
        {...form.register('value')}
      />
      <TextField id={id('note')} label={t('measures.note')} error={errorAt('note')} {...form.register('note')} />
      <Button type="submit" appearance="primary-action-button" disabled={add.isPending}>
        {t('measures.form.submit')}
      </Button>
      {saved ? (
        <p role="status" className="lk-notice">
          {t('measures.form.saved')}
        </p>
      ) : null}
    </form>
  );
}
