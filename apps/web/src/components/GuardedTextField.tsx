import { TextAreaField, TextField } from '@leerkring/ui';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifierFindings, findingsId, refusedId, type Finding } from './IdentifierFindings';

/**
 * A free text under the privacy guard: what points at a person is marked under it, found while typing (`local`) and
 * refused by the API for the text as it was sent (`fromServer`, which the form passes only while the text is unchanged).
 * A single line says how much it found in its error line; a text area is marked invalid and describes itself by the list.
 */
export function GuardedTextField({
  id,
  label,
  description,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  required,
  multiline = false,
  rows,
  maxLength,
  local,
  fromServer = [],
}: {
  id: string;
  label: string;
  description?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The input or text area, for a form library to focus it when it is the first invalid field. */
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  error: string | undefined;
  required?: boolean | undefined;
  multiline?: boolean | undefined;
  rows?: number | undefined;
  maxLength?: number | undefined;
  local: readonly Finding[];
  fromServer?: readonly Finding[];
}) {
  const { t } = useTranslation();
  const marks = local.length + fromServer.length;
  const hintIds =
    [local.length > 0 ? findingsId(id) : null, fromServer.length > 0 ? refusedId(id) : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const after = (
    <>
      <IdentifierFindings id={findingsId(id)} fieldId={id} text={value} findings={local} />
      <IdentifierFindings id={refusedId(id)} fieldId={id} text={value} findings={fromServer} fromServer />
    </>
  );
  const common = {
    id,
    label,
    description,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur,
    required,
  };
  if (multiline) {
    return (
      <TextAreaField
        {...common}
        ref={inputRef}
        error={error}
        aria-invalid={marks > 0 ? true : undefined}
        extraDescribedBy={hintIds}
        rows={rows}
        after={after}
      />
    );
  }
  return (
    <div>
      <TextField
        {...common}
        ref={inputRef}
        error={error ?? (marks > 0 ? t('privacy.found', { count: marks }) : undefined)}
        maxLength={maxLength}
      />
      {after}
    </div>
  );
}
