import { findIdentifiers } from '@leerkring/domain';
import { TextAreaField } from '@leerkring/ui';
import { useDeferredValue, useMemo } from 'react';
import { IdentifierFindings, findingsId } from '../../../components/IdentifierFindings';

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
  id,
  label,
  description,
  value,
  onChange,
  error,
  required,
  rows = 4,
}: {
  id: string;
  label: string;
  description?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
}) {
  const findings = useFindings(value);
  return (
    <TextAreaField
      id={id}
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      required={required}
      rows={rows}
      aria-invalid={findings.length > 0 ? true : undefined}
      extraDescribedBy={findings.length > 0 ? findingsId(id) : undefined}
      after={<IdentifierFindings id={findingsId(id)} fieldId={id} text={value} findings={findings} />}
    />
  );
}
