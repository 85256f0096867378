import { SessionTextCreateSchema, findIdentifiers } from '@leerkring/domain';
import { Button, TextAreaField } from '@leerkring/ui';
import type { UseMutationResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../lib/form';
import { IdentifierFindings, findingsId } from '../../../components/IdentifierFindings';

/** One text to post (an input or a note), marked while typing where it points at a person. */
export function TextForm({
  id,
  label,
  description,
  submitLabel,
  save,
}: {
  id: string;
  label: string;
  description?: string;
  submitLabel: string;
  /** The mutation that posts the text; the field empties once it is saved. */
  save: UseMutationResult<unknown, Error, string>;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState, watch, reset } = useSchemaForm(SessionTextCreateSchema, { text: '' });
  const text = watch('text');
  const deferred = useDeferredValue(text);
  const findings = useMemo(() => findIdentifiers(deferred), [deferred]);
  const errorAt = fieldErrorsAt(formState.errors, save.error, { text: { too_small: t('form.errors.required') } });
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => void handleSubmit((body) => save.mutate(body.text, { onSuccess: () => reset() }))(event)}
    >
      <FormProblem error={save.error} fields={['text']} />
      <TextAreaField
        id={id}
        label={label}
        description={description}
        {...register('text')}
        error={errorAt('text')}
        required
        rows={3}
        aria-invalid={findings.length > 0 ? true : undefined}
        extraDescribedBy={findings.length > 0 ? findingsId(id) : undefined}
        after={<IdentifierFindings id={findingsId(id)} fieldId={id} text={text} findings={findings} />}
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending || findings.length > 0}>
        {submitLabel}
      </Button>
      {save.isSuccess ? <p role="status">{t('sessions.posted')}</p> : null}
    </form>
  );
}
