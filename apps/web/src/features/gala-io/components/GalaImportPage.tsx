import type { GalaImportReport } from '@leerkring/domain';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@leerkring/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { PageTitle } from '../../../components/PageTitle';
import { useWorkbookUpload } from '../api/gala-io-mutations';
import { GalaDigestChoice } from './GalaDigestChoice';
import { GalaExportLinks, GalaTemplateLink } from './GalaExportLinks';
import { ImportPreviewTable } from './ImportPreviewTable';
import { UploadProgress } from './UploadProgress';

/**
 * A region's plans from and to spreadsheets: download the template, choose a file, see every wrong row (nothing is
 * stored), import when all rows are valid; the exports and calendar; the daily e-mail.
 */
export function GalaImportPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<GalaImportReport | null>(null);
  const [imported, setImported] = useState<GalaImportReport | null>(null);
  const previewing = useWorkbookUpload('preview');
  const importing = useWorkbookUpload('import');
  const progress = previewing.progress ?? importing.progress;
  const busy = previewing.isPending || importing.isPending;
  const canImport = file !== null && preview !== null && preview.errors.length === 0 && !busy;

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setImported(null);
    previewing.mutate({ regionId, file }, { onSuccess: setPreview });
  };
  const commit = () => {
    if (!file || !canImport) return;
    importing.mutate(
      { regionId, file },
      {
        onSuccess: (report) => {
          setImported(report);
          setPreview(null);
          setFile(null);
        },
      },
    );
  };

  return (
    <>
      <PageTitle title={t('galaIo.title')} />
      <Heading1>{t('galaIo.title')}</Heading1>
      <Paragraph>{t('galaIo.intro')}</Paragraph>

      <Heading2>{t('galaIo.import.heading')}</Heading2>
      <Paragraph>
        {t('galaIo.import.format')} <GalaTemplateLink />
      </Paragraph>
      <form onSubmit={check} noValidate>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="gala-workbook">
            {t('galaIo.import.file')}
          </label>
          <input
            id="gala-workbook"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setPreview(null);
            }}
          />
        </div>
        <div className="lk-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={!file || busy}>
            {t('galaIo.import.check')}
          </Button>
          <Button type="button" appearance="primary-action-button" disabled={!canImport} onClick={commit}>
            {t('galaIo.import.commit')}
          </Button>
        </div>
      </form>
      {progress && <UploadProgress progress={progress} />}
      <FormProblem error={previewing.error ?? importing.error} fields={[]} />
      {preview && <ImportPreviewTable report={preview} />}
      {imported && (
        <Alert type="ok" role="status">
          <Paragraph>{t('galaIo.import.done', { rows: imported.rows, plans: imported.plans.length })}</Paragraph>
        </Alert>
      )}

      <Heading2>{t('galaIo.export.heading')}</Heading2>
      <GalaExportLinks regionId={regionId} />

      <Heading2>{t('galaIo.digest.heading')}</Heading2>
      <GalaDigestChoice />
    </>
  );
}
