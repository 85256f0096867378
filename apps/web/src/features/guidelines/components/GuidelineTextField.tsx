import { TextAreaField, TextField } from '@leerkring/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifierFindings, findingsId, type Finding } from '../../../components/IdentifierFindings';
import { fieldIds } from '../guideline-draft';

/** A text input or area of the guideline form, with what the privacy guard finds in it while typing. */
export function GuidelineTextField({
  id,
  label,
  value,
  onChange,
  description,
  required,
  multiline,
  findings,
  errorOf,
  settle,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  required?: boolean;
  multiline?: boolean;
  findings: Record<string, Finding[]>;
  errorOf: (id: string) => string | undefined;
  /** Clears what the form's own check said about the field once it changes. */
  settle: (id: string) => void;
}) {
  const { t } = useTranslation();
  const found = findings[id] ?? [];
  const after = <IdentifierFindings id={findingsId(id)} fieldId={id} text={value} findings={found} />;
  if (multiline) {
    return (
      <TextAreaField
        id={id}
        label={label}
        description={description}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          settle(id);
        }}
        error={errorOf(id)}
        required={required}
        aria-invalid={found.length > 0 ? true : undefined}
        extraDescribedBy={found.length > 0 ? findingsId(id) : undefined}
        rows={id === fieldIds.changelog ? 4 : 2}
        after={after}
      />
    );
  }
  return (
    <div>
      <TextField
        id={id}
        label={label}
        description={description}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          settle(id);
        }}
        error={errorOf(id) ?? (found.length > 0 ? t('privacy.found', { count: found.length }) : undefined)}
        required={required}
        maxLength={250}
      />
      {after}
    </div>
  );
}
