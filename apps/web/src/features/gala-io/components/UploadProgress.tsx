import type { UploadStage } from '../api/upload-workbook';
import { useTranslation } from 'react-i18next';

/** The upload's progress: a bar of the bytes sent, then an indeterminate bar while the server checks the rows. */
export function UploadProgress({ progress }: { progress: UploadStage }) {
  const { t } = useTranslation();
  const label =
    progress.stage === 'sending'
      ? t('galaIo.progress.sending', { percent: progress.percent })
      : t('galaIo.progress.processing');
  return (
    <div className="lk-upload-progress">
      <progress aria-label={label} max={100} {...(progress.stage === 'sending' ? { value: progress.percent } : {})} />
      <span aria-live="polite">{label}</span>
    </div>
  );
}
