import { TextAreaField, TextField } from '@leerkring/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifierFindings, findingsId, refusedId, type Finding } from '../../../components/IdentifierFindings';

/**
 * A text of a case with what points at a person marked: found while typing (`local`) and refused by the API for the
 * text as it was sent (`fromServer`).
 */
export function CaseTextField({
  id,
  long,
  rows,
  label,
  description,
  value,
  onChange,
  error,
  required,
  local,
  fromServer,
}: {
  id: string;
  long: boolean;
  rows: number;
  label: string;
  description: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  required: boolean;
  local: readonly Finding[];
  fromServer: readonly Finding[];
}) {
  const { t } = useTranslation();
  const marks = [...local, ...fromServer];
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
  if (long) {
    return (
      <TextAreaField
        id={id}
        label={label}
        description={description}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        required={required}
        aria-invalid={marks.length > 0 ? true : undefined}
        extraDescribedBy={hintIds}
        rows={rows}
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
        error={error ?? (marks.length > 0 ? t('privacy.found', { count: marks.length }) : undefined)}
        required={required}
      />
      {after}
    </div>
  );
}
