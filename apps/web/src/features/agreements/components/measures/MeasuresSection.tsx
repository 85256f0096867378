import type { Measure } from '@leerkring/domain';
import {
  Heading2,
  Heading3,
  LoadingState,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../../components/QueryProblem';
import { useLanguage } from '../../../../lib/use-language';
import { measuresQueryOptions } from '../../api/measure-queries';
import { AddPointForm } from './AddPointForm';
import { ImportPointsForm } from './ImportPointsForm';
import { MeasureForm } from './MeasureForm';
import { runChartRows } from './run-chart-rows';
import { Signals } from './Signals';
import './measures.css';

/** The chart library loads only when a chart is drawn. */
const RunChart = lazy(() => import('./RunChart').then((module) => ({ default: module.RunChart })));

/**
 * The measures of an iteration (shown from the observe step on), or the agreement's own measures (those of no
 * iteration), with their run charts, signals and data; whoever may change the agreement defines and fills them.
 */
export function MeasuresSection({
  agreementId,
  iterationId,
  mayWrite,
}: {
  agreementId: string;
  iterationId?: string | undefined;
  mayWrite: boolean;
}) {
  const { t } = useTranslation();
  const query = useQuery(measuresQueryOptions(agreementId, iterationId));
  const headingId = iterationId ? 'iteration-measures' : 'agreement-measures';
  return (
    <section aria-labelledby={headingId}>
      <Heading2 id={headingId}>{t(iterationId ? 'measures.heading' : 'measures.agreementHeading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t(iterationId ? 'measures.empty' : 'measures.agreementEmpty')}</Paragraph>
      ) : (
        query.data.items.map((measure) => (
          <MeasureView key={measure.id} agreementId={agreementId} measure={measure} mayWrite={mayWrite} />
        ))
      )}
      {mayWrite ? <NewMeasure agreementId={agreementId} iterationId={iterationId} /> : null}
    </section>
  );
}

/** A part of a measure's page folded away until asked for, closed again once its work is done. */
function Disclosure({ summary, children }: { summary: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="lk-measure-more" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children(() => setOpen(false)) : null}
    </details>
  );
}

function NewMeasure({ agreementId, iterationId }: { agreementId: string; iterationId?: string | undefined }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <Disclosure summary={t('measures.define.newTitle')}>
        {(close) => (
          <MeasureForm
            agreementId={agreementId}
            iterationId={iterationId}
            onSaved={(measure) => {
              setCreated(measure.name);
              close();
            }}
          />
        )}
      </Disclosure>
      {created ? (
        <p role="status" className="lk-notice">
          {t('measures.define.created', { name: created })}
        </p>
      ) : null}
    </>
  );
}

function MeasureView({ agreementId, measure, mayWrite }: { agreementId: string; measure: Measure; mayWrite: boolean }) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useLanguage();
  const headingId = `measure-${measure.id}`;
  const rows = runChartRows(measure);
  const segment = measure.analysis.segments[0];
  return (
    <section aria-labelledby={headingId} className="lk-measure">
      <Heading3 id={headingId}>{measure.name}</Heading3>
      <Paragraph>{measure.definition}</Paragraph>
      <dl className="lk-facts">
        <div>
          <dt>{t('measures.unit')}</dt>
          <dd>{measure.unit || '—'}</dd>
        </div>
        <div>
          <dt>{t('measures.better')}</dt>
          <dd>{t(`measures.direction.${measure.betterDirection}`)}</dd>
        </div>
        <div>
          <dt>{t('measures.ruleSet')}</dt>
          <dd>{t(`measures.rules.${measure.ruleSet}`)}</dd>
        </div>
        <div>
          <dt>{t('measures.baseline')}</dt>
          <dd>
            {formatDate(measure.baselineStart)} – {formatDate(measure.baselineEnd)}
            {segment ? ` (${t('measures.median')}: ${formatNumber(segment.median)})` : ''}
          </dd>
        </div>
      </dl>
      {rows.length > 0 ? (
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>
          <RunChart measure={measure} />
        </Suspense>
      ) : null}
      <Signals measure={measure} />
      {measure.annotations.length > 0 ? (
        <>
          <Paragraph>
            <strong>{t('measures.annotations')}</strong>
          </Paragraph>
          <ul>
            {measure.annotations.map((annotation) => (
              <li key={`${annotation.kind}-${annotation.date}-${annotation.label}`}>
                {formatDate(annotation.date)}:{' '}
                {t(`measures.annotation.${annotation.kind}`, { label: annotation.label })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {rows.length > 0 ? (
        <Table caption={t('measures.tableCaption', { name: measure.name })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('measures.date')}</TableHeaderCell>
              <TableHeaderCell>{t('measures.value')}</TableHeaderCell>
              <TableHeaderCell>{t('measures.median')}</TableHeaderCell>
              <TableHeaderCell>{t('measures.signalColumn')}</TableHeaderCell>
              <TableHeaderCell>{t('measures.note')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.date}>
                <TableCell>{formatDate(row.date)}</TableCell>
                <TableCell>{formatNumber(row.value)}</TableCell>
                <TableCell>{row.median === null ? '—' : formatNumber(row.median)}</TableCell>
                <TableCell>
                  {row.rules.length === 0 ? '—' : row.rules.map((rule) => t(`measures.rule.${rule}`)).join(', ')}
                </TableCell>
                <TableCell>{row.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Paragraph>{t('measures.noPoints')}</Paragraph>
      )}
      {mayWrite ? (
        <>
          <AddPointForm agreementId={agreementId} measure={measure} />
          <Disclosure summary={t('measures.import.open')}>
            {() => <ImportPointsForm agreementId={agreementId} measure={measure} />}
          </Disclosure>
          <Disclosure summary={t('measures.define.editTitle', { name: measure.name })}>
            {(close) => <MeasureForm agreementId={agreementId} measure={measure} onSaved={close} />}
          </Disclosure>
        </>
      ) : null}
    </section>
  );
}
