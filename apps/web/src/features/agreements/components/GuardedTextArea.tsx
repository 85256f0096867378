import { findIdentifiers } from '@leerkring/domain';
import { useDeferredValue, useMemo, type Ref } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { GuardedTextField } from '../../../components/GuardedTextField';

/** What in a text points at a person, found while typing (the API's privacy guard refuses the same). */
export function useFindings(text: string) {
  const deferred = useDeferredValue(text);
  return useMemo(() => findIdentifiers(deferred), [deferred]);
}

/**
 * A free text of an agreement or iteration: labelled, with the API's reason at the field, and anything that points at a
 * person marked while typing. The form counts the findings (`useFindings`) to hold back sending.
 */
export function GuardedTextArea({
  rows = 4,
  ...field
}: {
  id: string;
  label: string;
  description?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}) {
  const findings = useFindings(field.value);
  return <GuardedTextField {...field} error={field.error} multiline rows={rows} local={findings} />;
}

/** A GuardedTextArea bound to a react-hook-form field. */
export function GuardedTextAreaField<Values extends FieldValues, Output>({
  control,
  name,
  ...field
}: {
  control: Control<Values, unknown, Output>;
  name: Path<Values>;
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
}) {
  const { field: text } = useController({ control, name });
  return (
    <GuardedTextArea
      {...field}
      value={text.value as string}
      onChange={text.onChange}
      onBlur={text.onBlur}
      inputRef={text.ref}
    />
  );
}
