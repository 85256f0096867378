import {
  checkIterationChange,
  findIdentifiers,
  iterationDecisions,
  nextIterationPhase,
  type Iteration,
  type IterationUpdate,
  type SignalKey,
} from '@leerkring/domain';
import { Button, Heading2, Paragraph, TextField } from '@leerkring/ui';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../../components/FormProblem';
import { fieldErrorsAt, useSchemaForm } from '../../../../lib/form';
import { useUpdateIteration } from '../../api/iteration-mutations';
import { GuardedTextArea } from '../GuardedTextArea';
import { DecisionFieldset } from './DecisionFieldset';
import { DecisionSignalsFieldset } from './DecisionSignals';
import { changesOf, changesSchema, fieldId, formFields, formTexts, type PhaseValues } from './phase-form-values';

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
  const shown = useMemo(() => formTexts(phase), [phase]);
  const schema = useMemo(
    () =>
      z
        .custom<PhaseValues>()
        .transform((values) => changesOf(iteration, shown, values))
        .pipe(changesSchema),
    [iteration, shown],
  );
  const form = useSchemaForm(schema, {
    title: iteration.title,
    question: iteration.question,
    prediction: iteration.prediction,
    plan: iteration.plan,
    actions: iteration.actions,
    observations: iteration.observations,
    learning: iteration.learning,
    startDate: iteration.startDate ?? '',
    decision: '',
  });
  const texts = form.watch();
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [nothing, setNothing] = useState(false);
  const [signals, setSignals] = useState<SignalKey[]>([]);
  const blocked = shown.some((field) => findIdentifiers(texts[field]).length > 0);

  const save = useUpdateIteration(iteration);
  const savedNotice = (saved: Iteration) =>
    saved.phase === 'decided' && saved.decision
      ? t('iterations.form.decidedNotice', { decision: t(`iterations.decision.${saved.decision}`) })
      : saved.phase !== phase
        ? t('iterations.form.movedNotice', { phase: t(`iterations.phase.${saved.phase}`) })
        : t('iterations.form.savedNotice');
  const short = { too_small: t('form.errors.tooShort', { count: 3 }) };
  const errorAt = fieldErrorsAt(form.formState.errors, save.error, { title: short, question: short });
  const errorOf = (field: string) => checked[field] ?? errorAt(field);

  /** The domain's rule for the step forward, checked at once; false (with the reasons at the fields) when it refuses. */
  const mayStepForward = (body: IterationUpdate): boolean => {
    const { decision, learning } = form.getValues();
    const refusals = next
      ? checkIterationChange(iteration, {
          phase: next,
          ...(deciding ? { decision: decision === '' ? null : decision, learning } : {}),
          editsContent: Object.keys(body).some((field) => field !== 'learning'),
        })
      : [];
    if (refusals.length === 0) return true;
    save.reset();
    setChecked(
      Object.fromEntries(refusals.map((refusal) => [refusal.field, t(`iterations.refusal.${refusal.field}`)])),
    );
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
    return false;
  };

  const submit = (forward: boolean, checkedBody: IterationUpdate) => {
    const { decision } = form.getValues();
    const body: IterationUpdate = { ...checkedBody };
    if (forward && next) {
      body.phase = next;
      if (deciding && decision !== '') body.decision = decision;
      if (deciding) body.signals = signals;
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
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const forward = submitter?.getAttribute('value') === 'next';
        setNothing(false);
        onSubmit?.();
        event.preventDefault();
        if (forward && !mayStepForward(changesOf(iteration, shown, form.getValues()))) return;
        void form.handleSubmit((body) => submit(forward, body))(event);
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
            {...form.register('title')}
            error={
              errorOf('title') ??
              (findIdentifiers(texts.title).length > 0
                ? t('privacy.found', { count: findIdentifiers(texts.title).length })
                : undefined)
            }
            required
            maxLength={200}
          />
        ) : (
          <Controller
            key={field}
            control={form.control}
            name={field}
            render={({ field: input }) => (
              <GuardedTextArea
                id={fieldId(field)}
                label={
                  field === 'question'
                    ? t('iterations.field.questionRequired')
                    : field === 'learning' && deciding
                      ? t('iterations.field.learningRequired')
                      : t(`iterations.field.${field}`)
                }
                description={t(`iterations.field.${field}Hint`)}
                value={input.value}
                onChange={input.onChange}
                onBlur={input.onBlur}
                inputRef={input.ref}
                error={errorOf(field)}
                required={field === 'question' || (field === 'learning' && deciding)}
                rows={field === 'observations' || field === 'plan' ? 6 : 4}
              />
            )}
          />
        ),
      )}
      {phase === 'plan' ? (
        <TextField
          id={fieldId('startDate')}
          type="date"
          label={t('iterations.field.startDate')}
          {...form.register('startDate')}
          error={errorOf('startDate')}
        />
      ) : null}
      {deciding ? (
        <DecisionFieldset
          fieldId={fieldId}
          decision={texts.decision}
          onChange={(decision) => form.setValue('decision', decision)}
          error={errorOf('decision')}
        />
      ) : null}
      {deciding ? <DecisionSignalsFieldset iteration={iteration} selected={signals} onChange={setSignals} /> : null}
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
