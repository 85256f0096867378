import { Button, ButtonGroup } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that asks first: the question and "yes"/"cancel" take its place until answered. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="button" appearance="secondary-action-button" onClick={() => setAsking(true)} disabled={busy}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={question} className="lk-confirm">
      <span>{question}</span>
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          hint="danger"
          autoFocus
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
