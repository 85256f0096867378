import { TextAreaField, TextField } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { IdentifierFindings, findingsId, refusedId } from '../../../components/IdentifierFindings';
import type { PlanEditor } from '../use-plan-editor';

/**
 * A free text of the plan with the API's reason at the field, what was found in it while typing, and what the privacy
 * guard refused in the text as it was sent (only while the text is still that).
 */
export function PlanTextField({
  id,
  label,
  value,
  sent,
  onChange,
  editor,
  multiline,
  required,
}: {
  id: string;
  label: string;
  value: string;
  /** The text as it was last sent, to know whether the API's positions still point at it. */
  sent: string | undefined;
  onChange: (value: string) => void;
  editor: PlanEditor;
  multiline?: boolean;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const local = editor.liveFindings[id] ?? [];
  const fromServer = sent === value ? (editor.refusals.findings[id] ?? []) : [];
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
  const reason = editor.refusals.reasons[id];
  if (multiline) {
    return (
      <TextAreaField
        id={id}
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={reason}
        required={required}
        aria-invalid={local.length + fromServer.length > 0 || reason ? true : undefined}
        extraDescribedBy={hintIds}
        rows={3}
        after={after}
      />
    );
  }
  return (
    <div>
      <TextField
        id={id}
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={
          reason ??
          (local.length + fromServer.length > 0
            ? t('privacy.found', { count: local.length + fromServer.length })
            : undefined)
        }
        required={required}
      />
      {after}
    </div>
  );
}
