import { InputModeSchema, type IntervisionMethod, type Label } from '@leerkring/domain';
import {
  Button,
  Fieldset,
  Heading2,
  Paragraph,
  ProblemAlert,
  SelectField,
  TextAreaField,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '@leerkring/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TextLink } from '../../../../components/TextLink';
import { isApiProblem, problemOf } from '../../../../lib/api-client';
import { useLanguage } from '../../../../lib/use-language';
import { adminMethodsQueryOptions, methodQueryOptions, methodsKeyRoot, saveMethod } from '../../api/method-queries';
import {
  createBodyOf,
  methodDraftOf,
  methodFieldId,
  movePhase,
  newPhase,
  phaseFieldId,
  phaseGroupId,
  phasesFieldId,
  placeProblems,
  removePhase,
  totalMinutes,
  updateBodyOf,
  type MethodDraft,
  type MethodField,
  type PhaseDraft,
  type PhaseField,
  type PlacedProblem,
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
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => methodDraftOf(method));
  const [submitted, setSubmitted] = useState<MethodDraft | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const save = useMutation({
    mutationFn: (sent: MethodDraft) =>
      method ? saveMethod({ methodId: method.id, body: updateBodyOf(sent) }) : saveMethod({ body: createBodyOf(sent) }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(methodQueryOptions(saved.id).queryKey, saved);
      // The list shows the saved method as soon as it says so, not the cached one until its refetch is in.
      queryClient.setQueryData(
        adminMethodsQueryOptions().queryKey,
        (list) => list && { ...list, items: [...list.items.filter((item) => item.id !== saved.id), saved] },
      );
      // The session planner's list of methods too.
      await queryClient.invalidateQueries({ queryKey: methodsKeyRoot });
      await navigate(`${methodsPath}?opgeslagen=${encodeURIComponent(saved.name[language])}`);
    },
  });

  const { placed, unplaced } = placeProblems(
    isApiProblem(save.error) ? (save.error.problem.invalidParams ?? []) : [],
    submitted,
  );
  const messageOf = (problem: PlacedProblem | undefined): string | undefined => {
    if (!problem) return undefined;
    const { kind, code, reason } = problem;
    const shape = code === 'invalid_format' || code === 'too_small' || code === 'too_big' || code === 'invalid_type';
    switch (kind) {
      case 'minutes':
        return t('methods.errors.minutes');
      case 'key':
        return shape ? t('methods.errors.key') : reason;
      case 'code':
        return code === 'taken' ? t('methods.errors.codeTaken') : shape ? t('methods.errors.code') : reason;
      case 'label':
        return code === 'too_small' || code === 'invalid_type' ? t('methods.errors.required') : reason;
      case 'phases':
        return code === 'too_small'
          ? t('methods.errors.noPhases')
          : code === 'too_big'
            ? t('methods.errors.tooManyPhases')
            : code === 'custom'
              ? t('methods.errors.uniqueKeys')
              : reason;
      default:
        return reason;
    }
  };
  const errorAt = (id: string) => messageOf(placed[id]);

  const phaseName = (phase: PhaseDraft) => phase.name[language] || phase.name.nl || t('methods.form.untitled');
  const legendOf = (phase: PhaseDraft, index: number) =>
    t('methods.form.phaseLegend', { number: index + 1, name: phaseName(phase) });
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

  const methodLabels: Record<MethodField, string> = {
    code: t('methods.form.code'),
    'name-nl': t('methods.form.nameNl'),
    'name-en': t('methods.form.nameEn'),
    'description-nl': t('methods.form.descriptionNl'),
    'description-en': t('methods.form.descriptionEn'),
  };
  const phaseLabels: Record<PhaseField, string> = {
    key: t('methods.form.key'),
    'name-nl': t('methods.form.phaseNameNl'),
    'name-en': t('methods.form.phaseNameEn'),
    'prompt-nl': t('methods.form.promptNl'),
    'prompt-en': t('methods.form.promptEn'),
    minutes: t('methods.form.minutes'),
    mode: t('methods.form.mode'),
  };
  /** The refused fields as links to them, named as the person sees them now (a phase may have moved since). */
  const refusedFields = Object.keys(placed).flatMap((id) => {
    const message = errorAt(id);
    if (id === phasesFieldId) return [{ id, label: t('methods.form.phases'), message }];
    const onMethod = (Object.keys(methodLabels) as MethodField[]).find((field) => methodFieldId(field) === id);
    if (onMethod) return [{ id, label: methodLabels[onMethod], message }];
    const index = draft.phases.findIndex(
      (phase) => id === phaseGroupId(phase.uid) || id.startsWith(`${phaseGroupId(phase.uid)}-`),
    );
    const phase = draft.phases[index];
    if (!phase) return []; // removed since
    const field = (Object.keys(phaseLabels) as PhaseField[]).find((name) => phaseFieldId(phase.uid, name) === id);
    return [
      { id, label: field ? `${legendOf(phase, index)} – ${phaseLabels[field]}` : legendOf(phase, index), message },
    ];
  });
  const goTo = (id: string) => {
    const target = document.getElementById(id);
    const field = target?.matches('input, select, textarea')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea');
    (field ?? target)?.focus();
  };
  const problem = save.error ? problemOf(save.error) : null;

  const labelFields = ({
    base,
    value,
    onChange,
    labels,
    multiline,
  }: {
    base: (language: 'nl' | 'en') => string;
    value: Label;
    onChange: (value: Label) => void;
    labels: Label;
    multiline?: boolean;
  }) => (
    <div className="lk-method-pair">
      {(['nl', 'en'] as const).map((lang) =>
        multiline ? (
          <TextAreaField
            key={lang}
            id={base(lang)}
            lang={lang}
            label={labels[lang]}
            value={value[lang]}
            onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
            error={errorAt(base(lang))}
            required
            rows={2}
          />
        ) : (
          <TextField
            key={lang}
            id={base(lang)}
            lang={lang}
            label={labels[lang]}
            value={value[lang]}
            onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
            error={errorAt(base(lang))}
            required
            maxLength={200}
          />
        ),
      )}
    </div>
  );

  return (
    <>
      <p role="status" aria-live="polite" className="lk-visually-hidden">
        {announcement}
      </p>
      <form
        noValidate
        className="lk-form lk-method-form"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(draft);
          save.mutate(draft);
        }}
      >
        {problem ? (
          <ProblemAlert
            title={problem.title}
            detail={refusedFields.length > 0 ? t('methods.form.notSaved') : problem.detail}
            fields={unplaced}
            fieldsLabel={t('problem.fieldsLabel')}
            headingLevel={2}
            actions={
              refusedFields.length > 0 ? (
                <UnorderedList>
                  {refusedFields.map((field) => (
                    <UnorderedListItem key={field.id}>
                      <a
                        className="utrecht-link utrecht-link--html-a"
                        href={`#${field.id}`}
                        onClick={(event) => {
                          event.preventDefault();
                          goTo(field.id);
                        }}
                      >
                        {field.label}
                      </a>
                      : {field.message}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              ) : undefined
            }
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
        {labelFields({
          base: (lang) => methodFieldId(`name-${lang}`),
          labels: { nl: t('methods.form.nameNl'), en: t('methods.form.nameEn') },
          value: draft.name,
          onChange: (name) => setDraft((current) => ({ ...current, name })),
        })}
        {labelFields({
          base: (lang) => methodFieldId(`description-${lang}`),
          labels: { nl: t('methods.form.descriptionNl'), en: t('methods.form.descriptionEn') },
          value: draft.description,
          onChange: (description) => setDraft((current) => ({ ...current, description })),
          multiline: true,
        })}

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
            {draft.phases.map((phase, index) => {
              const id = (field: PhaseField) => phaseFieldId(phase.uid, field);
              const legend = legendOf(phase, index);
              return (
                <li key={phase.uid} className="lk-method-phase">
                  <Fieldset id={phaseGroupId(phase.uid)} legend={legend} error={errorAt(phaseGroupId(phase.uid))}>
                    {labelFields({
                      base: (lang) => id(`name-${lang}`),
                      labels: { nl: t('methods.form.phaseNameNl'), en: t('methods.form.phaseNameEn') },
                      value: phase.name,
                      onChange: (name) => updatePhase(phase.uid, { name }),
                    })}
                    {labelFields({
                      base: (lang) => id(`prompt-${lang}`),
                      labels: { nl: t('methods.form.promptNl'), en: t('methods.form.promptEn') },
                      value: phase.prompt,
                      onChange: (prompt) => updatePhase(phase.uid, { prompt }),
                      multiline: true,
                    })}
                    <TextField
                      id={id('minutes')}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={240}
                      step={1}
                      label={t('methods.form.minutes')}
                      description={t('methods.form.minutesDescription')}
                      value={phase.minutes}
                      onChange={(event) => updatePhase(phase.uid, { minutes: event.target.value })}
                      error={errorAt(id('minutes'))}
                      required
                    />
                    <SelectField
                      id={id('mode')}
                      label={t('methods.form.mode')}
                      value={phase.inputMode}
                      onChange={(event) =>
                        updatePhase(phase.uid, { inputMode: InputModeSchema.parse(event.target.value) })
                      }
                      error={errorAt(id('mode'))}
                      options={InputModeSchema.options.map((mode) => ({
                        value: mode,
                        label: t(`methods.form.modes.${mode}`),
                      }))}
                    />
                    <TextField
                      id={id('key')}
                      label={t('methods.form.key')}
                      description={t('methods.form.keyDescription')}
                      value={phase.key}
                      onChange={(event) => updatePhase(phase.uid, { key: event.target.value })}
                      error={errorAt(id('key'))}
                      required
                      maxLength={60}
                      autoComplete="off"
                      spellCheck={false}
                    />
                    <div className="lk-actions">
                      <Button
                        id={`${phaseGroupId(phase.uid)}-up`}
                        type="button"
                        appearance="subtle-button"
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                      >
                        {t('methods.form.up')}
                        <span className="lk-visually-hidden">: {legend}</span>
                      </Button>
                      <Button
                        id={`${phaseGroupId(phase.uid)}-down`}
                        type="button"
                        appearance="subtle-button"
                        disabled={index === draft.phases.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        {t('methods.form.down')}
                        <span className="lk-visually-hidden">: {legend}</span>
                      </Button>
                      <Button
                        id={`${phaseGroupId(phase.uid)}-remove`}
                        type="button"
                        appearance="subtle-button"
                        hint="danger"
                        onClick={() => remove(index)}
                      >
                        {t('methods.form.remove')}
                        <span className="lk-visually-hidden">: {legend}</span>
                      </Button>
                    </div>
                  </Fieldset>
                </li>
              );
            })}
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
