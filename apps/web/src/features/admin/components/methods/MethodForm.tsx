import type { IntervisionMethod, IntervisionMethodCreate } from '@leerkring/domain';
import { Button, Fieldset, Heading2, Paragraph, ProblemAlert, TextField } from '@leerkring/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TextLink } from '../../../../components/TextLink';
import { isApiProblem, problemOf } from '../../../../lib/api-client';
import { invalidParamsOf, useSchemaForm } from '../../../../lib/form';
import { useLanguage } from '../../../../lib/use-language';
import { useSaveMethod } from '../../api/method-mutations';
import { LabelFields } from './LabelFields';
import { MethodPhaseFields } from './MethodPhaseFields';
import { RefusedFieldLinks } from './RefusedFieldLinks';
import { useMethodProblems } from './use-method-problems';
import {
  methodDraftOf,
  methodFormSchemas,
  methodFieldId,
  movePhase,
  newPhase,
  phaseFieldId,
  phaseGroupId,
  phasesFieldId,
  removePhase,
  placeProblems,
  totalMinutes,
  type MethodDraft,
  type PhaseDraft,
} from './method-draft';

export const methodsPath = '/beheer/methoden';
const addButtonId = 'phase-add';

/**
 * A method and its phases. Phases are added, removed and moved with buttons (the keyboard's way, no dragging); each
 * move is announced and focus stays with the moved phase. What the API refuses is shown at the field it was sent for.
 */
export function MethodForm({ method }: { method?: IntervisionMethod }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const start = methodDraftOf(method);
  const form = useSchemaForm(method ? methodFormSchemas.update : methodFormSchemas.create, {
    ...start,
    phases: [...start.phases],
  });
  const draft: MethodDraft = form.watch();
  /** The draft changed as a whole, as the phase buttons do; each part that changed goes into the form. */
  const setDraft = (change: MethodDraft | ((current: MethodDraft) => MethodDraft)) => {
    const current = form.getValues();
    const next = typeof change === 'function' ? change(current) : change;
    for (const part of ['code', 'name', 'description', 'phases'] as const)
      if (next[part] !== current[part]) form.setValue(part, next[part] as never);
  };
  const [submitted, setSubmitted] = useState<MethodDraft | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    goTo(focusId);
    setFocusId(null);
  }, [focusId]);

  const save = useSaveMethod();

  const phaseName = (phase: PhaseDraft) => phase.name[language] || phase.name.nl || t('methods.form.untitled');
  const legendOf = (phase: PhaseDraft, index: number) =>
    t('methods.form.phaseLegend', { number: index + 1, name: phaseName(phase) });
  const ownParams = invalidParamsOf(form.formState.errors);
  const serverParams = isApiProblem(save.error) ? (save.error.problem.invalidParams ?? []) : [];
  const params = ownParams.length > 0 ? ownParams : serverParams;
  const { errorAt, refusedFields, unplaced } = useMethodProblems({ params, submitted, draft, legendOf });
  const minutesText = (count: number) => t('methods.minutes', { count });

  const updatePhase = (uid: string, change: Partial<Omit<PhaseDraft, 'uid'>>) =>
    setDraft((current) => ({
      ...current,
      phases: current.phases.map((phase) => (phase.uid === uid ? { ...phase, ...change } : phase)),
    }));
  const move = (index: number, by: -1 | 1) => {
    const moved = movePhase(draft.phases, index, by);
    const phase = draft.phases[index];
    if (!moved || !phase) return;
    setDraft({ ...draft, phases: moved.phases });
    // Focus stays on the button pressed, or goes to the other one when the phase reached the top or the bottom.
    const atEdge = (by === -1 && moved.to === 0) || (by === 1 && moved.to === moved.phases.length - 1);
    setFocusId(`${phaseGroupId(phase.uid)}-${(by === -1) !== atEdge ? 'up' : 'down'}`);
    setAnnouncement(
      t('methods.form.moved', { name: phaseName(phase), position: moved.to + 1, count: moved.phases.length }),
    );
  };
  const remove = (index: number) => {
    const phase = draft.phases[index];
    if (!phase) return;
    const phases = removePhase(draft.phases, index);
    setDraft({ ...draft, phases });
    const next = phases[index] ?? phases[index - 1];
    setFocusId(next ? phaseFieldId(next.uid, 'name-nl') : addButtonId);
    setAnnouncement(t('methods.form.removed', { name: legendOf(phase, index) }));
  };
  const add = () => {
    const phase = newPhase(draft.phases);
    setDraft({ ...draft, phases: [...draft.phases, phase] });
    setFocusId(phaseFieldId(phase.uid, 'name-nl'));
    setAnnouncement(t('methods.form.added', { number: draft.phases.length + 1 }));
  };

  const goTo = (id: string) => {
    const target = document.getElementById(id);
    const field = target?.matches('input, select, textarea')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea');
    (field ?? target)?.focus();
  };
  const problem =
    ownParams.length > 0 ? { title: t('form.checkTitle'), detail: '' } : save.error ? problemOf(save.error) : null;

  return (
    <>
      <p role="status" aria-live="polite" className="lk-visually-hidden">
        {announcement}
      </p>
      <form
        noValidate
        className="lk-form lk-method-form"
        onSubmit={(event) => {
          setSubmitted(form.getValues());
          void form.handleSubmit(
            (body) =>
              save.mutate(method ? { methodId: method.id, body } : { body: body as IntervisionMethodCreate }, {
                onSuccess: (saved) =>
                  void navigate(`${methodsPath}?opgeslagen=${encodeURIComponent(saved.name[language])}`),
              }),
            // The first field the form's own check refuses gets the focus.
            (errors) =>
              setFocusId(Object.keys(placeProblems(invalidParamsOf(errors), form.getValues()).placed)[0] ?? null),
          )(event);
        }}
      >
        {problem ? (
          <ProblemAlert
            title={problem.title}
            detail={refusedFields.length > 0 ? t('methods.form.notSaved') : problem.detail}
            fields={unplaced}
            fieldsLabel={t('problem.fieldsLabel')}
            headingLevel={2}
            actions={refusedFields.length > 0 ? <RefusedFieldLinks fields={refusedFields} goTo={goTo} /> : undefined}
          />
        ) : null}
        <Heading2>{t('methods.form.method')}</Heading2>
        {method ? (
          <Paragraph>{t('methods.form.codeFixed', { code: method.code })}</Paragraph>
        ) : (
          <TextField
            id={methodFieldId('code')}
            label={t('methods.form.code')}
            description={t('methods.form.codeDescription')}
            value={draft.code}
            onChange={(event) => setDraft((current) => ({ ...current, code: event.target.value }))}
            error={errorAt(methodFieldId('code'))}
            required
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <LabelFields
          errorAt={errorAt}
          base={(lang) => methodFieldId(`name-${lang}`)}
          labels={{ nl: t('methods.form.nameNl'), en: t('methods.form.nameEn') }}
          value={draft.name}
          onChange={(name) => setDraft((current) => ({ ...current, name }))}
        />
        <LabelFields
          errorAt={errorAt}
          base={(lang) => methodFieldId(`description-${lang}`)}
          labels={{ nl: t('methods.form.descriptionNl'), en: t('methods.form.descriptionEn') }}
          value={draft.description}
          onChange={(description) => setDraft((current) => ({ ...current, description }))}
          multiline={true}
        />

        <Fieldset
          id={phasesFieldId}
          legend={t('methods.form.phases')}
          description={t('methods.form.phasesDescription')}
          error={errorAt(phasesFieldId)}
        >
          <Paragraph className="lk-method-summary">
            {t('methods.form.summary', { count: draft.phases.length, time: minutesText(totalMinutes(draft.phases)) })}
          </Paragraph>
          {draft.phases.length === 0 ? <Paragraph>{t('methods.form.noPhases')}</Paragraph> : null}
          <ol className="lk-method-phases">
            {draft.phases.map((phase, index) => (
              <MethodPhaseFields
                key={phase.uid}
                phase={phase}
                index={index}
                count={draft.phases.length}
                legend={legendOf(phase, index)}
                errorAt={errorAt}
                onChange={(change) => updatePhase(phase.uid, change)}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
          <Paragraph>
            <Button id={addButtonId} type="button" appearance="secondary-action-button" onClick={add}>
              {t('methods.form.add')}
            </Button>
          </Paragraph>
        </Fieldset>
        <div className="lk-actions">
          <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
            {t('common.save')}
          </Button>
          <TextLink to={methodsPath}>{t('methods.form.cancel')}</TextLink>
        </div>
      </form>
    </>
  );
}
