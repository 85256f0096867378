import { TextAreaField, TextField } from '@leerkring/ui';
import type { DefaultValues, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PickerField } from '../../../components/PickerField';
import { fieldErrorsAt, useSchemaForm, type OwnMessages } from '../../../lib/form';
import { organisationOptions } from '../../../lib/queries/pickers';
import { useTransitionVoucher } from '../api/voucher-mutations';
import type { VoucherStep } from '../voucher-steps';
import { StepFrame } from './StepFrame';

/** A field of a step, named as the API names it: a date, a number of hours or euros, a text, or an organisation. */
export interface StepField {
  name: string;
  id: string;
  label: string;
  kind: 'date' | 'decimal' | 'text' | 'long' | 'organisation';
  description?: string;
  /** For an organisation: what choosing none is called. */
  emptyLabel?: string;
}

/** A step of a voucher from the fields it asks, checked with the domain's rules for the step before it is sent. */
export function StepForm<Schema extends z.ZodType<unknown, FieldValues>>({
  voucherId,
  id,
  heading,
  submitLabel,
  schema,
  defaultValues,
  fields,
  messages,
  toStep,
}: {
  voucherId: string;
  id: string;
  heading: string;
  submitLabel: string;
  schema: Schema;
  defaultValues: DefaultValues<z.input<Schema>>;
  fields: readonly StepField[];
  messages?: OwnMessages;
  toStep: (values: z.output<Schema>) => VoucherStep;
}) {
  const { t } = useTranslation();
  const step = useTransitionVoucher(voucherId);
  const { register, control, handleSubmit, formState } = useSchemaForm(schema, defaultValues);
  const errorAt = fieldErrorsAt(formState.errors, step.error, messages);
  return (
    <StepFrame
      id={id}
      heading={heading}
      submitLabel={submitLabel}
      error={step.error}
      fields={fields.map((field) => field.name)}
      pending={step.isPending}
      onSubmit={(event) => void handleSubmit((values) => step.mutate(toStep(values)))(event)}
    >
      {fields.map(({ name, kind, emptyLabel, ...field }) => {
        const path = name as Path<z.input<Schema>>;
        const error = errorAt(name);
        if (kind === 'organisation')
          return (
            <PickerField
              key={name}
              control={control}
              name={path}
              {...field}
              optionsQuery={organisationOptions}
              error={error}
              allowEmpty
              emptyLabel={emptyLabel ?? t('common.choose')}
            />
          );
        if (kind === 'long') return <TextAreaField key={name} {...field} {...register(path)} error={error} rows={3} />;
        return (
          <TextField
            key={name}
            {...field}
            {...register(path)}
            error={error}
            {...(kind === 'date' ? { type: 'date' } : kind === 'decimal' ? { inputMode: 'decimal' as const } : {})}
          />
        );
      })}
    </StepFrame>
  );
}
