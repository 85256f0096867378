import {
  checkIterationChange,
  findIdentifiers,
  iterationDecisions,
  nextIterationPhase,
  type Iteration,
  type IterationDecision,
  type IterationUpdate,
} from '@leerkring/domain';
import { Button, Heading2, Paragraph, TextField } from '@leerkring/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { fieldErrorsOf } from '../../../../lib/form-errors';
import { useUpdateIteration } from '../../api/iteration-mutations';
import { GuardedTextArea } from '../GuardedTextArea';
import { DecisionFieldset } from './DecisionFieldset';
import { phaseTexts } from './model';

type TextKey = 'title' | 'question' | 'prediction' | 'plan' | 'actions' | 'observations' | 'learning';
/** What the form shows per phase: in the plan phase also the title and the start date. */
const formTexts = (phase: Iteration['phase']): readonly TextKey[] =>
  phase === 'plan' ? ['title', ...phaseTexts.plan] : phaseTexts[phase];
const fieldId = (field: string) => `iteration-${field}`;
const formFields = [
  'title',
  'question',
  'prediction',
  'plan',
  'actions',
  'observations',
  'learning',
  'startDate',
  'decision',
];

/**
 * The current phase's texts to record, saved as they are or together with the one step forward the cycle allows
 * (the domain's `nextIterationPhase`). Deciding asks for the decision and needs what was learned; the domain's
 * `checkIterationChange` says what is missing before anything is sent, and the API's refusals land at the fields too.
 */
export function PhaseForm({
  iteration,
  onSaved,
  onSubmit,
}: {
  iteration: Iteration;
  onSaved: (message: string) => void;
  onSubmit?: () => void;
}) {
  const { t } = useTranslation();
  const phase = iteration.phase;
  const next = nextIterationPhase(phase);
  const deciding = next === 'decided';
  const shown = formTexts(phase);
  const [texts, setTexts] = useState<Record<TextKey, string>>(() => ({
    title: iteration.title,
    question: iteration.question,
    prediction: iteration.prediction,
    plan: iteration.plan,
    actions: iteration.actions,
    observations: iteration.observations,
    learning: iteration.learning,
  }));
  const [startDate, setStartDate] = useState(iteration.startDate ?? '');
  const [decision, setDecision] = useState<IterationDecision | ''>('');
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [nothing, setNothing] = useState(false);
  const blocked = shown.some((field) => findIdentifiers(texts[field]).length > 0);

  const save = useUpdateIteration(iteration);
  const savedNotice = (saved: Iteration) =>
    saved.phase === 'decided' && saved.decision
      ? t('iterations.form.decidedNotice', { decision: t(`iterations.decision.${saved.decision}`) })
      : saved.phase !== phase
        ? t('iterations.form.movedNotice', { phase: t(`iterations.phase.${saved.phase}`) })
        : t('iterations.form.savedNotice');
  const errors = { ...fieldErrorsOf(save.error), ...checked };

  /** The fields that differ from what is stored. */
  const changes = (): IterationUpdate => {
    const body: Record<string, unknown> = {};
    for (const field of shown) if (texts[field].trim() !== iteration[field]) body[field] = texts[field];
    if (phase === 'plan' && startDate && startDate !== (iteration.startDate ?? '')) body.startDate = startDate;
    return body as IterationUpdate;
  };

  const submit = (forward: boolean) => {
    setNothing(false);
    onSubmit?.();
    const body = changes();
    if (forward && next) {
      const refusals = checkIterationChange(iteration, {
        phase: next,
        ...(deciding ? { decision: decision === '' ? null : decision, learning: texts.learning } : {}),
        editsContent: Object.keys(body).some((field) => field !== 'learning'),
      });
      if (refusals.length > 0) {
        save.reset();
        const found = Object.fromEntries(
          refusals.map((refusal) => [refusal.field, t(`iterations.refusal.${refusal.field}`)]),
        );
        setChecked(found);
        const first = refusals[0]!.field;
        document
          .getElementById(
            first === 'decision'
              ? fieldId(`decision-${iterationDecisions[0]}`)
              : first === 'learning'
                ? fieldId('learning')
                : 'iteration-form-heading',
          )
          ?.focus();
        return;
      }
      body.phase = next;
      if (deciding && decision !== '') body.decision = decision;
    }
    setChecked({});
    if (Object.keys(body).length === 0) {
      save.reset();
      setNothing(true);
      return;
    }
    save.mutate(body, { onSuccess: (saved) => onSaved(savedNotice(saved)) });
  };

  return (
    <form
      noValidate
      className="lk-form lk-iteration-form"
      aria-labelledby="iteration-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        submit(submitter?.getAttribute('value') === 'next');
      }}
    >
      <Heading2 id="iteration-form-heading" tabIndex={-1}>
        {t('iterations.form.heading', { phase: t(`iterations.phase.${phase}`) })}
      </Heading2>
      <Paragraph>{t(`iterations.form.lead.${phase}`)}</Paragraph>
      <FormProblem error={save.error} fields={formFields} />
      {checked.phase || checked.iteration ? (
        <p className="lk-field-error" role="alert">
          {checked.phase ?? checked.iteration}
        </p>
      ) : null}
      {shown.map((field) =>
        field === 'title' ? (
          <TextField
            key={field}
            id={fieldId(field)}
            label={t('iterations.field.titleRequired')}
            value={texts.title}
            onChange={(event) => setTexts((current) => ({ ...current, title: event.target.value }))}
            error={
              errors.title ??
              (findIdentifiers(texts.title).length > 0
                ? t('privacy.found', { count: findIdentifiers(texts.title).length })
                : undefined)
            }
            required
            maxLength={200}
          />
        ) : (
          <GuardedTextArea
            key={field}
            id={fieldId(field)}
            label={
              field === 'question'
                ? t('iterations.field.questionRequired')
                : field === 'learning' && deciding
                  ? t('iterations.field.learningRequired')
                  : t(`iterations.field.${field}`)
            }
            description={t(`iterations.field.${field}Hint`)}
            value={texts[field]}
            onChange={(value) => setTexts((current) => ({ ...current, [field]: value }))}
            error={errors[field]}
            required={field === 'question' || (field === 'learning' && deciding)}
            rows={field === 'observations' || field === 'plan' ? 6 : 4}
          />
        ),
      )}
      {phase === 'plan' ? (
        <TextField
          id={fieldId('startDate')}
          type="date"
          label={t('iterations.field.startDate')}
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
          error={errors.startDate}
        />
      ) : null}
      {deciding ? (
        <DecisionFieldset fieldId={fieldId} decision={decision} onChange={setDecision} error={errors.decision} />
      ) : null}
      {blocked ? (
        <p id="iteration-form-blocked" className="lk-field-error">
          {t('iterations.blocked')}
        </p>
      ) : null}
      <div className="lk-actions">
        <Button
          type="submit"
          name="intent"
          value="save"
          appearance="secondary-action-button"
          disabled={save.isPending || blocked}
          aria-describedby={blocked ? 'iteration-form-blocked' : undefined}
        >
          {t('iterations.form.save')}
        </Button>
        {next ? (
          <Button
            type="submit"
            name="intent"
            value="next"
            appearance="primary-action-button"
            disabled={save.isPending || blocked}
            aria-describedby={blocked ? 'iteration-form-blocked' : undefined}
          >
            {deciding
              ? t('iterations.form.decide')
              : t('iterations.form.next', { phase: t(`iterations.phase.${next}`) })}
          </Button>
        ) : null}
      </div>
      {nothing ? <p role="status">{t('iterations.form.nothingChanged')}</p> : null}
    </form>
  );
}
