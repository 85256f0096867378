import { findIdentifiers } from '@leerkring/domain';
import { Button, TextAreaField } from '@leerkring/ui';
import type { UseMutationResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { fieldErrorsOf } from '../../../lib/form-errors';
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
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const findings = useMemo(() => findIdentifiers(deferred), [deferred]);
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      className="lk-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(text, { onSuccess: () => setText('') });
      }}
    >
      <FormProblem error={save.error} fields={['text']} />
      <TextAreaField
        id={id}
        label={label}
        description={description}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={errors.text}
        required
        rows={3}
        aria-invalid={findings.length > 0 ? true : undefined}
        extraDescribedBy={findings.length > 0 ? findingsId(id) : undefined}
        after={<IdentifierFindings id={findingsId(id)} fieldId={id} text={text} findings={findings} />}
      />
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={save.isPending || findings.length > 0 || text.trim() === ''}
      >
        {submitLabel}
      </Button>
      {save.isSuccess ? <p role="status">{t('sessions.posted')}</p> : null}
    </form>
  );
}
