import { CalendarDateSchema, MeasureValueSchema, type Measure } from '@leerkring/domain';
import {
  Button,
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
  TextField,
} from '@leerkring/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormProblem } from '../../../../components/FormProblem';
import { QueryProblem } from '../../../../components/QueryProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../../lib/form';
import { useLanguage } from '../../../../lib/use-language';
import { iterationMeasuresQueryOptions, useAddMeasurePoint } from '../../api/measure-queries';
import { runChartRows } from './run-chart-rows';

/** The chart library loads only when a chart is drawn. */
const RunChart = lazy(() => import('./RunChart').then((module) => ({ default: module.RunChart })));

/** The measures of an iteration with their run charts, signals and data; shown from the observe step on. */
export function MeasuresSection({
  agreementId,
  iterationId,
  mayWrite,
}: {
  agreementId: string;
  iterationId: string;
  mayWrite: boolean;
}) {
  const { t } = useTranslation();
  const query = useQuery(iterationMeasuresQueryOptions(agreementId, iterationId));
  return (
    <section aria-labelledby="iteration-measures">
      <Heading2 id="iteration-measures">{t('measures.heading')}</Heading2>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <QueryProblem error={query.error} headingLevel={3} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('measures.empty')}</Paragraph>
      ) : (
        query.data.items.map((measure) => (
          <MeasureView key={measure.id} agreementId={agreementId} measure={measure} mayWrite={mayWrite} />
        ))
      )}
    </section>
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
      {mayWrite ? <AddPointForm agreementId={agreementId} measure={measure} /> : null}
    </section>
  );
}

/** The signals in words: which rule, how many points, from when to when, and whether it goes the better way. */
function Signals({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const { formatDate } = useLanguage();
  const tooFew = measure.analysis.segments.some((segment) => segment.tooFewPoints);
  return (
    <>
      <Paragraph>
        <strong>{t('measures.signals')}</strong>
      </Paragraph>
      {measure.analysis.signals.length === 0 ? (
        <Paragraph>{t('measures.noSignals')}</Paragraph>
      ) : (
        <ul className="lk-measure-signals">
          {measure.analysis.signals.map((signal) => (
            <li key={signal.id}>
              {'▲ '}
              {t('measures.signalText', {
                rule: t(`measures.rule.${signal.rule}`),
                count: signal.points.length,
                from: formatDate(signal.points[0]!.date),
                to: formatDate(signal.points.at(-1)!.date),
              })}
              {signal.favourable === null
                ? ''
                : ` ${t(signal.favourable ? 'measures.favourable' : 'measures.unfavourable')}`}
            </li>
          ))}
        </ul>
      )}
      {tooFew ? <Paragraph>{t('measures.tooFewPoints')}</Paragraph> : null}
    </>
  );
}

const pointFields = ['date', 'value', 'note'] as const;

/** A data point by hand: the date, the value (a decimal comma is fine) and a note. */
function AddPointForm({ agreementId, measure }: { agreementId: string; measure: Measure }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const schema = useMemo(
    () =>
      z.object({
        date: CalendarDateSchema,
        value: z
          .string()
          .trim()
          .regex(/^[-+]?\d+([.,]\d+)?$/)
          .transform((text) => Number(text.replace(',', '.')))
          .pipe(MeasureValueSchema),
        note: z.string().trim().max(500),
      }),
    [],
  );
  const form = useSchemaForm(schema, { date: '', value: '', note: '' });
  const add = useAddMeasurePoint(agreementId, measure.id);
  const errorAt = fieldErrorsAt(form.formState.errors, add.error, {
    date: { invalid_format: t('measures.form.dateFormat') },
    value: { invalid_format: t('measures.form.valueFormat') },
  });
  const id = (field: string) => `measure-${measure.id}-${field}`;
  return (
    <form
      noValidate
      className="lk-form"
      aria-labelledby={id('form')}
      onSubmit={(event) => {
        setSaved(false);
        void form.handleSubmit((body) =>
          add.mutate(body, {
            onSuccess: () => {
              setSaved(true);
              form.reset({ date: '', value: '', note: '' });
            },
          }),
        )(event);
      }}
    >
      <Heading3 id={id('form')}>{t('measures.form.heading', { name: measure.name })}</Heading3>
      <FormProblem error={add.error} fields={pointFields} />
      <TextField
        id={id('date')}
        type="date"
        label={t('measures.date')}
        description={t('measures.form.dateHint')}
        error={errorAt('date')}
        {...form.register('date')}
      />
      <TextField
        id={id('value')}
        inputMode="decimal"
        label={t('measures.value')}
        error={errorAt('value')}
        {...form.register('value')}
      />
      <TextField id={id('note')} label={t('measures.note')} error={errorAt('note')} {...form.register('note')} />
      <Button type="submit" appearance="primary-action-button" disabled={add.isPending}>
        {t('measures.form.submit')}
      </Button>
      {saved ? (
        <p role="status" className="lk-notice">
          {t('measures.form.saved')}
        </p>
      ) : null}
    </form>
  );
}
