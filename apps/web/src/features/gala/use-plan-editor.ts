import { calendarDateAt, findIdentifiers, type GalaPlan } from '@leerkring/domain';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../components/IdentifierFindings';
import { stalePlan, useSaveGalaPlan } from './api/gala-mutations';
import {
  amountErrors,
  draftOf,
  newNoteFieldId,
  planFieldId,
  planFieldIds,
  planRefusals,
  updateOf,
  type PlanDraft,
} from './plan-draft';

/** Where focus goes when a change is refused because someone saved first. */
export const planConflictId = 'plan-conflict';

/**
 * The plan form's state: the draft, the revision it was read at, a stale save's current plan (412: the person's input
 * stays), what the API refused per field, and what points at a person in the free text while typing.
 */
export function usePlanEditor({ plan, onSaved }: { plan: GalaPlan; onSaved: (saved: GalaPlan) => void }) {
  const [base, setBase] = useState(plan);
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan));
  const [submitted, setSubmitted] = useState<PlanDraft | null>(null);
  const [conflict, setConflict] = useState<GalaPlan | null>(null);
  const [checked, setChecked] = useState(false);
  const save = useSaveGalaPlan(plan.id);

  useEffect(() => {
    if (conflict) document.getElementById(planConflictId)?.focus();
  }, [conflict]);

  const badAmounts = amountErrors(draft);
  const deferred = useDeferredValue(draft);
  const liveFindings = useMemo(() => {
    const found: Record<string, Finding[]> = {};
    const check = (id: string, text: string) => {
      const result = findIdentifiers(text);
      if (result.length > 0) found[id] = result;
    };
    deferred.actions.forEach((action, index) => check(planFieldId(`actions.${index}.what`), action.what));
    deferred.budget.forEach((line, index) =>
      check(planFieldId(`budget.${index}.overspendReason`), line.overspendReason),
    );
    deferred.milestones.forEach((milestone, index) => check(planFieldId(`milestones.${index}.title`), milestone.title));
    check(newNoteFieldId(deferred), deferred.newNote);
    return found;
  }, [deferred]);

  const submit = () => {
    setChecked(true);
    if (Object.keys(badAmounts).length > 0) {
      document.getElementById(Object.keys(badAmounts)[0]!)?.focus();
      return;
    }
    setSubmitted(draft);
    save.mutate(
      { revision: base.revision, body: updateOf(draft, calendarDateAt(new Date())) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const current = stalePlan(error);
          if (current) setConflict(current);
        },
      },
    );
  };
  /** Keep what the person typed and save it over the plan as it is now. */
  const applyOnCurrent = () => {
    if (!conflict) return;
    setBase(conflict);
    setConflict(null);
    save.reset();
  };
  /** Drop the person's changes and start again from the plan as it is now. */
  const startFromCurrent = () => {
    if (!conflict) return;
    setBase(conflict);
    setDraft(draftOf(conflict));
    setConflict(null);
    save.reset();
  };

  const refusals = planRefusals(save.error, planFieldIds(submitted ?? draft));
  return {
    base,
    draft,
    setDraft,
    submitted,
    conflict,
    save,
    submit,
    applyOnCurrent,
    startFromCurrent,
    refusals,
    liveFindings,
    amountErrors: checked ? badAmounts : {},
  };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
