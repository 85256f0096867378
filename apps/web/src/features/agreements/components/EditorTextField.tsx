import { TextAreaField, TextField } from '@leerkring/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifierFindings, findingsId, refusedId, type Finding } from '../../../components/IdentifierFindings';
import { submittedText, type Refusals } from '../editor-refusals';
import type { Draft } from '../draft';

/** A text field of the version editor with what was found in it while typing and what the API refused as sent. */
export function EditorTextField({
  id,
  label,
  value,
  onChange,
  multiline,
  description,
  required,
  liveFindings,
  refused,
  submitted,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  description?: ReactNode;
  required?: boolean;
  liveFindings: Record<string, Finding[]>;
  refused: Refusals;
  submitted: Draft | null;
}) {
  const { t } = useTranslation();
  const local = liveFindings[id] ?? [];
  const fromServer = submittedText(submitted, id) === value ? (refused.findings[id] ?? []) : [];
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
  const error = refused.reasons[id];
  if (multiline) {
    return (
      <TextAreaField
        id={id}
        label={label}
        description={description}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        required={required}
        aria-invalid={local.length + fromServer.length > 0 || error ? true : undefined}
        extraDescribedBy={hintIds}
        rows={4}
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
        onChange={(event) => onChange(event.target.value)}
        error={
          error ??
          (local.length + fromServer.length > 0
            ? t('privacy.found', { count: local.length + fromServer.length })
            : undefined)
        }
        required={required}
        maxLength={200}
      />
      {after}
    </div>
  );
}
