import type { GalaPlan } from '@leerkring/domain';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import { useTaxonomy } from '../api/use-taxonomy-labels';
import { MilestoneTable } from './MilestoneTable';

/** The chain approaches of a plan with their status in words. */
export function PlanChainApproaches({ plan }: { plan: GalaPlan }) {
  const { t } = useTranslation();
  const approaches = useTaxonomy('chain-approach');
  return (
    <section aria-labelledby="plan-approaches">
      <Heading2 id="plan-approaches">{t('gala.plan.chainApproaches')}</Heading2>
      {plan.chainApproaches.length === 0 ? (
        <Paragraph>{t('gala.plan.noChainApproaches')}</Paragraph>
      ) : (
        <Table caption={t('gala.plan.chainApproachesCaption')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('gala.plan.chainApproach')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.plan.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.chainApproaches.map((entry) => (
              <TableRow key={entry.code}>
                <TableHeaderCell scope="row">{approaches.labelOf(entry.code)}</TableHeaderCell>
                <TableCell>{t(`gala.approachStatus.${entry.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/** The actions: what, by which partner, status and due date. */
export function PlanActions({ plan }: { plan: GalaPlan }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  return (
    <section aria-labelledby="plan-actions">
      <Heading2 id="plan-actions">{t('gala.plan.actions')}</Heading2>
      {plan.actions.length === 0 ? (
        <Paragraph>{t('gala.plan.noActions')}</Paragraph>
      ) : (
        <Table caption={t('gala.plan.actionsCaption')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('gala.plan.actionWhat')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.plan.actionPartner')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.plan.status')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.plan.dueDate')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.actions.map((action) => (
              <TableRow key={action.id}>
                <TableCell>{action.what}</TableCell>
                <TableCell>{action.partner?.name ?? '—'}</TableCell>
                <TableCell>{t(`gala.actionStatus.${action.status}`)}</TableCell>
                <TableCell>{action.dueDate ? formatDate(action.dueDate) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/** The budget per SPUK block and year: planned, spent and, where more was spent, why. */
export function PlanBudget({ plan }: { plan: GalaPlan }) {
  const { t } = useTranslation();
  const { formatEuro } = useLanguage();
  const blocks = useTaxonomy('budget-block');
  const lines = [...plan.budget].sort((a, b) => a.year - b.year || a.block.localeCompare(b.block));
  return (
    <section aria-labelledby="plan-budget">
      <Heading2 id="plan-budget">{t('gala.plan.budget')}</Heading2>
      {lines.length === 0 ? (
        <Paragraph>{t('gala.budget.none')}</Paragraph>
      ) : (
        <Table caption={t('gala.plan.budgetCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('gala.budget.year')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.budget.block')}</TableHeaderCell>
              <TableHeaderCell className="lk-number">{t('gala.budget.planned')}</TableHeaderCell>
              <TableHeaderCell className="lk-number">{t('gala.budget.spent')}</TableHeaderCell>
              <TableHeaderCell>{t('gala.plan.overspendReason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lines.map((line) => (
              <TableRow key={`${line.year}-${line.block}`}>
                <TableCell>{line.year}</TableCell>
                <TableHeaderCell scope="row">{blocks.labelOf(line.block)}</TableHeaderCell>
                <TableCell className="lk-number">{formatEuro(line.plannedCents)}</TableCell>
                <TableCell className="lk-number">{formatEuro(line.spentCents)}</TableCell>
                <TableCell>{line.overspendReason ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/** The milestones in date order, with their status. */
export function PlanMilestones({ plan }: { plan: GalaPlan }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const milestones = [...plan.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <section aria-labelledby="plan-milestones">
      <Heading2 id="plan-milestones">{t('gala.plan.milestones')}</Heading2>
      <MilestoneTable
        caption={t('gala.plan.milestonesCaption')}
        captionHidden
        stateHeader={t('gala.plan.status')}
        rows={milestones.map((milestone) => ({
          id: milestone.id,
          title: milestone.title,
          dueDate: milestone.dueDate,
          state: `${t(`gala.milestoneStatus.${milestone.status}`)}${milestone.doneOn ? ` (${formatDate(milestone.doneOn)})` : ''}`,
        }))}
      />
    </section>
  );
}

/** The progress notes, newest first. */
export function PlanNotes({ plan }: { plan: GalaPlan }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const notes = [...plan.progressNotes].reverse();
  return (
    <section aria-labelledby="plan-notes">
      <Heading2 id="plan-notes">{t('gala.plan.progressNotes')}</Heading2>
      {notes.length === 0 ? (
        <Paragraph>{t('gala.plan.noNotes')}</Paragraph>
      ) : (
        notes.map((note) => (
          <article key={note.id} className="lk-plan-row">
            <Paragraph>
              <strong>
                <time dateTime={note.date}>{formatDate(note.date)}</time>
              </strong>{' '}
              — {note.author.name}
            </Paragraph>
            <p className="lk-pre-wrap">{note.text}</p>
          </article>
        ))
      )}
    </section>
  );
}
