import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@leerkring/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/TextLink';
import { useLanguage } from '../../../lib/use-language';

export interface MilestoneRow {
  id: string;
  title: string;
  dueDate: string;
  /** The plan to link the title to (on the dashboard). */
  to?: string;
  /** The municipality's name (on the dashboard, where milestones of several plans meet). */
  municipality?: string;
  /** The last column: how far off it is, or its status. */
  state: ReactNode;
}

/**
 * Milestones as a table: the title as row header, the due date, and a last column telling their state. The
 * dashboard's due lists and a plan's milestones both show them so.
 */
export function MilestoneTable({
  caption,
  captionHidden = false,
  stateHeader,
  rows,
}: {
  caption: string;
  captionHidden?: boolean;
  stateHeader: string;
  rows: readonly MilestoneRow[];
}) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const withMunicipality = rows.some((row) => row.municipality !== undefined);
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('gala.milestones.title')}</TableHeaderCell>
          {withMunicipality ? <TableHeaderCell>{t('gala.dashboard.municipality')}</TableHeaderCell> : null}
          <TableHeaderCell>{t('gala.milestones.dueDate')}</TableHeaderCell>
          <TableHeaderCell>{stateHeader}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableHeaderCell scope="row">
              {row.to ? <TextLink to={row.to}>{row.title}</TextLink> : row.title}
            </TableHeaderCell>
            {withMunicipality ? <TableCell>{row.municipality}</TableCell> : null}
            <TableCell>
              <time dateTime={row.dueDate}>{formatDate(row.dueDate)}</time>
            </TableCell>
            <TableCell>{row.state}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
