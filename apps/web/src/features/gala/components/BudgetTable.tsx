import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@leerkring/ui';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import { spentShare, type BlockBudget } from '../dashboard-view';

/** The chart's figures as a table: per block and year planned, spent and the share spent, and the block's total. */
export function BudgetTable({ blocks }: { blocks: readonly BlockBudget[] }) {
  const { t } = useTranslation();
  const { formatEuro } = useLanguage();
  const share = (figures: { plannedCents: number; spentCents: number }) => {
    const percent = spentShare(figures);
    return percent === null ? '—' : t('gala.budget.percent', { percent });
  };
  return (
    <Table caption={t('gala.budget.tableCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('gala.budget.block')}</TableHeaderCell>
          <TableHeaderCell>{t('gala.budget.year')}</TableHeaderCell>
          <TableHeaderCell className="lk-number">{t('gala.budget.planned')}</TableHeaderCell>
          <TableHeaderCell className="lk-number">{t('gala.budget.spent')}</TableHeaderCell>
          <TableHeaderCell className="lk-number">{t('gala.budget.share')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {blocks.map((block) => (
          <Fragment key={block.block}>
            {block.years.map((line) => (
              <TableRow key={line.year}>
                <TableHeaderCell scope="row">{block.label}</TableHeaderCell>
                <TableCell>{line.year}</TableCell>
                <TableCell className="lk-number">{formatEuro(line.plannedCents)}</TableCell>
                <TableCell className="lk-number">{formatEuro(line.spentCents)}</TableCell>
                <TableCell className="lk-number">{share(line)}</TableCell>
              </TableRow>
            ))}
            {block.years.length > 1 ? (
              <TableRow className="lk-total-row">
                <TableHeaderCell scope="row">{block.label}</TableHeaderCell>
                <TableCell>{t('gala.budget.total')}</TableCell>
                <TableCell className="lk-number">{formatEuro(block.plannedCents)}</TableCell>
                <TableCell className="lk-number">{formatEuro(block.spentCents)}</TableCell>
                <TableCell className="lk-number">{share(block)}</TableCell>
              </TableRow>
            ) : null}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
