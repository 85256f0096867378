import type { Measure, MeasureImportRow } from '@leerkring/domain';
import {
  Button,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
} from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { isApiProblem } from '../../../../lib/api-client';
import { useLanguage } from '../../../../lib/use-language';
import { useImportMeasurePoints } from '../../api/measure-queries';

/** The API's reasons for refused rows (`body.csv.<line>.<field>`), per line. */
function serverRowErrors(error: unknown): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  if (!isApiProblem(error)) return byLine;
  for (const param of error.problem.invalidParams ?? []) {
    const line = /^body\.csv\.(\d+)\./.exec(param.name)?.[1];
    if (line) byLine.set(Number(line), [...(byLine.get(Number(line)) ?? []), param.reason]);
  }
  return byLine;
}

/**
 * Data points from a CSV file: the expected format, a preview with the errors of each row (the API's dry run), and the
 * import itself, offered only when every row is valid; the API stores all rows or none.
 */
export function ImportPointsForm({ agreementId, measure }: { agreementId: string; measure: Measure }) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useLanguage();
  const [csv, setCsv] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [rows, setRows] = useState<MeasureImportRow[] | null>(null);
  const [storedCount, setStoredCount] = useState<number | null>(null);
  const importer = useImportMeasurePoints(agreementId, measure.id);
  const id = (field: string) => `measure-${measure.id}-import-${field}`;
  const rowErrors = serverRowErrors(importer.error);
  const valid = rows !== null && rows.every((row) => row.errors.length === 0) && rowErrors.size === 0;

  const preview = (text: string | null) => {
    setStoredCount(null);
    if (text === null) {
      setMissing(true);
      document.getElementById(id('file'))?.focus();
      return;
    }
    importer.mutate({ csv: text, dryRun: true }, { onSuccess: (result) => setRows(result.rows) });
  };
  const store = () => {
    if (csv === null || !valid) return;
    importer.mutate(
      { csv, dryRun: false },
      {
        onSuccess: (result) => {
          setRows(null);
          setCsv(null);
          setStoredCount(result.rows.length);
          const input = document.getElementById(id('file')) as HTMLInputElement | null;
          if (input) input.value = '';
        },
      },
    );
  };

  return (
    <form
      noValidate
      className="lk-form lk-measure-import"
      aria-labelledby={id('heading')}
      onSubmit={(event) => {
        event.preventDefault();
        preview(csv);
      }}
    >
      <Heading3 id={id('heading')}>{t('measures.import.heading', { name: measure.name })}</Heading3>
      <Paragraph>{t('measures.import.format')}</Paragraph>
      <pre className="lk-csv-example" aria-label={t('measures.import.exampleLabel')}>
        {t('measures.import.example')}
      </pre>
      <FormProblem error={importer.error} fields={['csv']} />
      <TextField
        id={id('file')}
        type="file"
        accept=".csv,text/csv,text/plain"
        label={t('measures.import.file')}
        required
        error={missing ? t('measures.import.fileMissing') : undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          setRows(null);
          setStoredCount(null);
          importer.reset();
          if (!file) return setCsv(null);
          setMissing(false);
          void file.text().then((text) => {
            setCsv(text);
            preview(text);
          });
        }}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={importer.isPending}>
        {t('measures.import.preview')}
      </Button>
      {rows ? (
        <>
          <Table caption={t('measures.import.previewCaption', { count: rows.length })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('measures.import.line')}</TableHeaderCell>
                <TableHeaderCell>{t('measures.date')}</TableHeaderCell>
                <TableHeaderCell>{t('measures.value')}</TableHeaderCell>
                <TableHeaderCell>{t('measures.note')}</TableHeaderCell>
                <TableHeaderCell>{t('measures.import.check')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => {
                const errors = [...row.errors.map((error) => error.reason), ...(rowErrors.get(row.line) ?? [])];
                return (
                  <TableRow key={row.line}>
                    <TableCell>{row.line}</TableCell>
                    <TableCell>{row.date ? formatDate(row.date) : row.raw.split(/[;,]/)[0]}</TableCell>
                    <TableCell>{row.value === null ? '—' : formatNumber(row.value)}</TableCell>
                    <TableCell>{row.note}</TableCell>
                    <TableCell>
                      {errors.length === 0 ? (
                        t('measures.import.rowValid')
                      ) : (
                        <span className="lk-field-error">
                          {t('measures.import.rowInvalid')} {errors.join(' ')}
                        </span>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <p id={id('status')} className={valid ? 'lk-hint' : 'lk-field-error'} role="status">
            {valid
              ? t('measures.import.allValid', { count: rows.length })
              : t('measures.import.someInvalid', {
                  count: rows.filter((row) => row.errors.length > 0 || rowErrors.has(row.line)).length,
                })}
          </p>
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={!valid || importer.isPending}
            aria-describedby={id('status')}
            onClick={store}
          >
            {importer.isPending ? t('measures.import.working') : t('measures.import.submit', { count: rows.length })}
          </Button>
        </>
      ) : null}
      {storedCount !== null ? (
        <p role="status" className="lk-notice">
          {t('measures.import.stored', { count: storedCount })}
        </p>
      ) : null}
    </form>
  );
}
