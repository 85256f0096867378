import type { GalaImportReport } from '@leerkring/domain';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';

/** What reading a workbook found: every wrong row and cell, or per plan what an import creates or replaces. */
export function ImportPreviewTable({ report }: { report: GalaImportReport }) {
  const { t } = useTranslation();
  if (report.errors.length > 0)
    return (
      <>
        <Paragraph>{t('galaIo.preview.errorCount', { count: report.errors.length })}</Paragraph>
        <Table caption={t('galaIo.preview.errorsCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('galaIo.preview.sheet')}</TableHeaderCell>
              <TableHeaderCell>{t('galaIo.preview.row')}</TableHeaderCell>
              <TableHeaderCell>{t('galaIo.preview.column')}</TableHeaderCell>
              <TableHeaderCell>{t('galaIo.preview.reason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.errors.map((error, index) => (
              <TableRow key={`${error.sheet}-${error.row ?? ''}-${error.column ?? ''}-${index}`}>
                <TableCell>{error.sheet}</TableCell>
                <TableCell>{error.row ?? '—'}</TableCell>
                <TableCell>{error.column ?? '—'}</TableCell>
                <TableCell>{error.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </>
    );
  return (
    <>
      <Paragraph>{t('galaIo.preview.valid', { rows: report.rows, plans: report.plans.length })}</Paragraph>
      <Table caption={t('galaIo.preview.plansCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('galaIo.preview.municipality')}</TableHeaderCell>
            <TableHeaderCell>{t('galaIo.preview.change')}</TableHeaderCell>
            <TableHeaderCell>{t('galaIo.preview.budgetLines')}</TableHeaderCell>
            <TableHeaderCell>{t('galaIo.preview.milestones')}</TableHeaderCell>
            <TableHeaderCell>{t('galaIo.preview.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.plans.map((plan) => (
            <TableRow key={plan.municipality?.id ?? 'region'}>
              <TableCell>{plan.municipality?.name ?? t('galaIo.preview.wholeRegion')}</TableCell>
              <TableCell>{t(`galaIo.preview.changes.${plan.change}`)}</TableCell>
              <TableCell>{plan.budgetLines}</TableCell>
              <TableCell>{plan.milestones}</TableCell>
              <TableCell>{plan.actions}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
