import type {
  ChainApproachStatus,
  GalaActionStatus,
  GalaPlan,
  GalaPlanUpdate,
  InvalidParam,
  MilestoneStatus,
} from '@leerkring/domain';
import { findingOf, type Finding } from '../../components/IdentifierFindings';
import { isApiProblem } from '../../lib/api-client';
import { centsOf, eurosText } from '../../lib/euros';

/** What the plan form holds: the plan's lists as the person edits them, amounts in euros as typed. */
export interface PlanDraft {
  goals: string[];
  /** Per chain approach code its status; absent when the plan does not work on it. */
  chainApproaches: Record<string, ChainApproachStatus>;
  actions: {
    id?: string;
    what: string;
    partnerOrganisationId: string | null;
    status: GalaActionStatus;
    dueDate: string;
  }[];
  budget: { block: string; year: number; planned: string; spent: string; overspendReason: string }[];
  milestones: {
    id?: string;
    code: string | null;
    title: string;
    dueDate: string;
    status: MilestoneStatus;
    startedOn: string;
    doneOn: string;
  }[];
  /** The notes kept as they are; the person adds one at a time. */
  progressNotes: { id: string; date: string; text: string }[];
  newNote: string;
}

export function draftOf(plan: GalaPlan): PlanDraft {
  return {
    goals: [...plan.goals],
    chainApproaches: Object.fromEntries(plan.chainApproaches.map(({ code, status }) => [code, status])),
    actions: plan.actions.map((action) => ({
      id: action.id,
      what: action.what,
      partnerOrganisationId: action.partner?.id ?? null,
      status: action.status,
      dueDate: action.dueDate ?? '',
    })),
    budget: [...plan.budget]
      .sort((a, b) => a.year - b.year || a.block.localeCompare(b.block))
      .map((line) => ({
        block: line.block,
        year: line.year,
        planned: eurosText(line.plannedCents),
        spent: eurosText(line.spentCents),
        overspendReason: line.overspendReason ?? '',
      })),
    milestones: [...plan.milestones]
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .map((milestone) => ({
        id: milestone.id,
        code: milestone.code,
        title: milestone.title,
        dueDate: milestone.dueDate,
        status: milestone.status,
        startedOn: milestone.startedOn ?? '',
        doneOn: milestone.doneOn ?? '',
      })),
    progressNotes: plan.progressNotes.map(({ id, date, text }) => ({ id, date, text })),
    newNote: '',
  };
}

/** The id of a form field for a path of the plan (`budget.2.spentCents` → `plan-budget-2-spentCents`). */
export const planFieldId = (path: string) => `plan-${path.replace(/\./g, '-')}`;
/** Where the new progress note goes in the list sent, so the API's path for it points at its field. */
export const newNoteFieldId = (draft: PlanDraft) => planFieldId(`progressNotes.${draft.progressNotes.length}.text`);

/** Amounts that are not amounts, per field id: they are not sent. */
export function amountErrors(draft: PlanDraft): Record<string, true> {
  const errors: Record<string, true> = {};
  draft.budget.forEach((line, index) => {
    if (centsOf(line.planned) === null) errors[planFieldId(`budget.${index}.plannedCents`)] = true;
    if (centsOf(line.spent) === null) errors[planFieldId(`budget.${index}.spentCents`)] = true;
  });
  return errors;
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The change to send: every list in full, in the form's order; a new note dated today. */
export function updateOf(draft: PlanDraft, today: string): GalaPlanUpdate {
  return {
    goals: draft.goals,
    chainApproaches: Object.entries(draft.chainApproaches).map(([code, status]) => ({ code, status })),
    actions: draft.actions.map((action) => ({
      ...(action.id ? { id: action.id } : {}),
      what: action.what,
      partnerOrganisationId: action.partnerOrganisationId,
      status: action.status,
      dueDate: orNull(action.dueDate),
    })),
    budget: draft.budget.map((line) => ({
      block: line.block,
      year: line.year,
      plannedCents: centsOf(line.planned) ?? 0,
      spentCents: centsOf(line.spent) ?? 0,
      overspendReason: orNull(line.overspendReason),
    })),
    milestones: draft.milestones.map((milestone) => ({
      ...(milestone.id ? { id: milestone.id } : {}),
      code: milestone.code,
      title: milestone.title,
      dueDate: milestone.dueDate,
      status: milestone.status,
      startedOn: orNull(milestone.startedOn),
      doneOn: orNull(milestone.doneOn),
    })),
    progressNotes: [
      ...draft.progressNotes,
      ...(draft.newNote.trim() === '' ? [] : [{ date: today, text: draft.newNote }]),
    ],
  };
}

export interface PlanRefusals {
  reasons: Record<string, string>;
  findings: Record<string, Finding[]>;
  unplaced: InvalidParam[];
}

/** The API's reasons and privacy findings per field id of the form; the rest (and a 412) for the form's message. */
export function planRefusals(error: unknown, fieldIds: ReadonlySet<string>): PlanRefusals {
  const refusals: PlanRefusals = { reasons: {}, findings: {}, unplaced: [] };
  if (!isApiProblem(error) || error.status === 412) return refusals;
  for (const param of error.problem.invalidParams ?? []) {
    const path = param.name.replace(/^body\./, '');
    const head = path.split('.')[0] ?? path;
    // A goal or chain approach refused is told at its list; anything else at its own field.
    const id = head === 'goals' || head === 'chainApproaches' ? planFieldId(head) : planFieldId(path);
    if (!fieldIds.has(id)) {
      refusals.unplaced.push(param);
      continue;
    }
    const finding = findingOf(param);
    if (finding) (refusals.findings[id] ??= []).push(finding);
    else refusals.reasons[id] ??= param.reason;
  }
  return refusals;
}

/** The ids of every field the form shows for the draft. */
export function planFieldIds(draft: PlanDraft): Set<string> {
  const ids = new Set<string>([planFieldId('goals'), planFieldId('chainApproaches'), newNoteFieldId(draft)]);
  draft.actions.forEach((_, index) =>
    ['what', 'status', 'dueDate'].forEach((field) => ids.add(planFieldId(`actions.${index}.${field}`))),
  );
  draft.budget.forEach((_, index) =>
    ['plannedCents', 'spentCents', 'overspendReason'].forEach((field) =>
      ids.add(planFieldId(`budget.${index}.${field}`)),
    ),
  );
  draft.milestones.forEach((_, index) =>
    ['title', 'dueDate', 'status', 'startedOn', 'doneOn'].forEach((field) =>
      ids.add(planFieldId(`milestones.${index}.${field}`)),
    ),
  );
  return ids;
}
