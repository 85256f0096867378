import { useTranslation } from 'react-i18next';
import type { InvalidParam } from '@leerkring/domain';
import {
  methodFieldId,
  phaseFieldId,
  phaseGroupId,
  phasesFieldId,
  placeProblems,
  type MethodDraft,
  type MethodField,
  type PhaseDraft,
  type PhaseField,
  type PlacedProblem,
} from './method-draft';

/**
 * What the API (or the form's own check) refused in a method as sent, placed at the fields of the draft as it is now: a message per field id,
 * the refused fields named for the summary, and what has no field.
 */
export function useMethodProblems({
  params,
  submitted,
  draft,
  legendOf,
}: {
  /** The API's refusals, or the form's own check, worded the same way. */
  params: readonly InvalidParam[];
  submitted: MethodDraft | null;
  draft: MethodDraft;
  legendOf: (phase: PhaseDraft, index: number) => string;
}) {
  const { t } = useTranslation();
  const { placed, unplaced } = placeProblems(params, submitted);
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
  return { errorAt, refusedFields, unplaced };
}
