import {
  InputModeSchema,
  IntervisionMethodCreateSchema,
  IntervisionMethodUpdateSchema,
  LabelSchema,
  type InputMode,
  type IntervisionMethod,
  type IntervisionMethodCreate,
  type IntervisionMethodUpdate,
  type InvalidParam,
  type Label,
} from '@leerkring/domain';
import { z } from 'zod';

/** One phase as the form holds it: the time box as typed, and an id of its own for keys, field ids and focus. */
export interface PhaseDraft {
  /** Stable within the form only; never sent. */
  readonly uid: string;
  readonly key: string;
  readonly name: Label;
  readonly prompt: Label;
  readonly minutes: string;
  readonly inputMode: InputMode;
}

export interface MethodDraft {
  readonly code: string;
  readonly name: Label;
  readonly description: Label;
  readonly phases: readonly PhaseDraft[];
}

const emptyLabel: Label = { nl: '', en: '' };

/** A phase to add: a key and an id not yet used, ten minutes, open input. */
export function newPhase(phases: readonly PhaseDraft[]): PhaseDraft {
  const keys = new Set(phases.map((phase) => phase.key));
  const uids = new Set(phases.map((phase) => phase.uid));
  let number = phases.length + 1;
  while (keys.has(`fase-${number}`)) number += 1;
  let uid = phases.length + 1;
  while (uids.has(`p${uid}`)) uid += 1;
  return {
    uid: `p${uid}`,
    key: `fase-${number}`,
    name: emptyLabel,
    prompt: emptyLabel,
    minutes: '10',
    inputMode: 'open',
  };
}

/** The form's starting point: the method as stored, or a new method with one empty phase. */
export function methodDraftOf(method?: IntervisionMethod): MethodDraft {
  if (!method) return { code: '', name: emptyLabel, description: emptyLabel, phases: [newPhase([])] };
  return {
    code: method.code,
    name: method.name,
    description: method.description,
    phases: method.phases.map((phase, index) => ({
      uid: `p${index + 1}`,
      key: phase.key,
      name: phase.name,
      prompt: phase.prompt,
      minutes: String(phase.timeboxMinutes),
      inputMode: phase.inputMode,
    })),
  };
}

/** A phase moved one place up (-1) or down (1), with where it landed; null when it is already at that end. */
export function movePhase(
  phases: readonly PhaseDraft[],
  index: number,
  by: -1 | 1,
): { phases: PhaseDraft[]; to: number } | null {
  const to = index + by;
  const phase = phases[index];
  if (!phase || to < 0 || to >= phases.length) return null;
  const moved = phases.filter((_, at) => at !== index);
  moved.splice(to, 0, phase);
  return { phases: moved, to };
}

/** The phases without the one at `index`. */
export function removePhase(phases: readonly PhaseDraft[], index: number): PhaseDraft[] {
  return phases.filter((_, at) => at !== index);
}

/** The time box as a whole number of minutes, or null while it is not one. */
export function minutesOf(phase: Pick<PhaseDraft, 'minutes'>): number | null {
  const text = phase.minutes.trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** The total time of the phases whose time box is a whole number. */
export function totalMinutes(phases: readonly Pick<PhaseDraft, 'minutes'>[]): number {
  return phases.reduce((total, phase) => total + (minutesOf(phase) ?? 0), 0);
}

/**
 * The body to send. The time box goes as typed, so whatever the API refuses (0, empty, 2.5) comes back
 * named at its phase, just as for any other client.
 */
export function updateBodyOf(
  draft: MethodDraft,
): IntervisionMethodUpdate & Required<Pick<IntervisionMethodUpdate, 'phases'>> {
  return {
    name: draft.name,
    description: draft.description,
    phases: draft.phases.map((phase) => ({
      key: phase.key.trim(),
      name: phase.name,
      prompt: phase.prompt,
      timeboxMinutes: minutesOf(phase) ?? (phase.minutes.trim() === '' ? 0 : Number(phase.minutes)),
      inputMode: phase.inputMode,
    })),
  };
}

export function createBodyOf(draft: MethodDraft): IntervisionMethodCreate {
  const { name, description, phases } = updateBodyOf(draft);
  return { code: draft.code.trim(), name: name!, description: description!, phases };
}

/** A label as typed: any text, judged only in the body. */
const typedLabel = LabelSchema.extend({ nl: z.string(), en: z.string() });
const draftSchema = z.object({
  code: z.string(),
  name: typedLabel,
  description: typedLabel,
  phases: z.array(
    z.object({
      uid: z.string(),
      key: z.string(),
      name: typedLabel,
      prompt: typedLabel,
      minutes: z.string(),
      inputMode: InputModeSchema,
    }),
  ),
});

/**
 * The form checks what it would send with the domain's rules: the draft (labels and the time box as
 * typed) becomes the body, which the domain's create or update schema then judges, so the form's refusals are named
 * as the API's are (`phases.2.timeboxMinutes`) and placed at the fields the same way.
 */
export const methodFormSchemas = {
  create: draftSchema.transform(createBodyOf).pipe(IntervisionMethodCreateSchema),
  update: draftSchema
    .transform((draft): IntervisionMethodUpdate => updateBodyOf(draft))
    .pipe(IntervisionMethodUpdateSchema),
};

export type PhaseField = 'key' | 'name-nl' | 'name-en' | 'prompt-nl' | 'prompt-en' | 'minutes' | 'mode';
export type MethodField = 'code' | 'name-nl' | 'name-en' | 'description-nl' | 'description-en';

export const methodFieldId = (field: MethodField) => `method-${field}`;
export const phasesFieldId = 'method-phases';
export const phaseGroupId = (uid: string) => `phase-${uid}`;
export const phaseFieldId = (uid: string, field: PhaseField) => `phase-${uid}-${field}`;

/** A refused field of the form: which kind of field, for a message in the person's language, and the API's own reason. */
export interface PlacedProblem {
  readonly kind: 'code' | 'label' | 'phases' | 'phase' | PhaseField;
  readonly code: string | undefined;
  readonly reason: string;
}

const phaseFields: Record<string, PhaseField> = {
  key: 'key',
  name: 'name-nl',
  'name.nl': 'name-nl',
  'name.en': 'name-en',
  prompt: 'prompt-nl',
  'prompt.nl': 'prompt-nl',
  'prompt.en': 'prompt-en',
  timeboxMinutes: 'minutes',
  inputMode: 'mode',
};

/**
 * The API's refusals placed at the field they were sent for: `body.phases.2.timeboxMinutes` at the time box of the
 * phase that was third when the form was sent (it may have moved since). What has no field is left unplaced.
 */
export function placeProblems(
  params: readonly InvalidParam[],
  submitted: MethodDraft | null,
): { placed: Record<string, PlacedProblem>; unplaced: InvalidParam[] } {
  const placed: Record<string, PlacedProblem> = {};
  const unplaced: InvalidParam[] = [];
  const place = (id: string, kind: PlacedProblem['kind'], param: InvalidParam) => {
    placed[id] ??= { kind, code: param.code, reason: param.reason };
  };
  for (const param of params) {
    const path = param.name.replace(/^body\./, '');
    const top = /^(code|name|description)(?:\.(nl|en))?$/.exec(path);
    if (top) {
      const [, field, language = 'nl'] = top;
      if (field === 'code') place(methodFieldId('code'), 'code', param);
      else place(methodFieldId(`${field}-${language}` as MethodField), 'label', param);
      continue;
    }
    if (path === 'phases') {
      place(phasesFieldId, 'phases', param);
      continue;
    }
    const inPhase = /^phases\.(\d+)(?:\.(.+))?$/.exec(path);
    const phase = inPhase ? submitted?.phases[Number(inPhase[1])] : undefined;
    if (!inPhase || !phase) {
      unplaced.push(param);
      continue;
    }
    const rest = inPhase[2];
    if (rest === undefined) {
      place(phaseGroupId(phase.uid), 'phase', param);
      continue;
    }
    const field = phaseFields[rest];
    if (!field) {
      unplaced.push(param);
      continue;
    }
    place(
      phaseFieldId(phase.uid, field),
      field === 'name-nl' || field === 'name-en' || field === 'prompt-nl' || field === 'prompt-en' ? 'label' : field,
      param,
    );
  }
  return { placed, unplaced };
}
