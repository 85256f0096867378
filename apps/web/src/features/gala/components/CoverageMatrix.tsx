import type { GalaDashboard } from '@leerkring/domain';
import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';
import { coverageRows } from '../dashboard-view';
import { planPath } from '../paths';

/**
 * Per municipality the goals it works on and how far each chain approach is: two tables with the status in words in
 * every cell, so nothing is told by colour alone.
 */
export function CoverageMatrix({ dashboard }: { dashboard: GalaDashboard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows = coverageRows(dashboard);
  if (rows.length === 0) return <Paragraph>{t('gala.dashboard.noPlans')}</Paragraph>;
  const rowHeader = (row: (typeof rows)[number]) => (
    <TableHeaderCell scope="row">
      <TextLink to={planPath(row.planId)}>{row.municipality ?? t('gala.wholeRegion')}</TextLink>
    </TableHeaderCell>
  );
  return (
    <>
      <Table caption={t('gala.dashboard.goalsCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('gala.dashboard.municipality')}</TableHeaderCell>
            {dashboard.goals.map((goal) => (
              <TableHeaderCell key={goal.code}>{goal.label[language]}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.planId}>
              {rowHeader(row)}
              {row.goals.map((cell) => (
                <TableCell key={cell.code} className={cell.covered ? 'lk-cell-on' : 'lk-cell-off'}>
                  {cell.covered ? t('gala.goalCovered') : t('gala.goalNotCovered')}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table caption={t('gala.dashboard.approachesCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('gala.dashboard.municipality')}</TableHeaderCell>
            {dashboard.chainApproaches.map((approach) => (
              <TableHeaderCell key={approach.code}>{approach.label[language]}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.planId}>
              {rowHeader(row)}
              {row.chainApproaches.map((cell) => (
                <TableCell
                  key={cell.code}
                  className={cell.status ? `lk-cell-status lk-cell-${cell.status}` : 'lk-cell-off'}
                >
                  {cell.status ? t(`gala.approachStatus.${cell.status}`) : t('gala.approachNotInPlan')}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
