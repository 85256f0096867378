/**
 * One action-research iteration on an agreement: plan → act → observe → reflect → decided (adopt, adapt or abandon).
 * The cycle goes forward one step at a time; a decision closes it. An agreement that is adapted gets a new version,
 * whose clauses name the iterations they answer (the leerlijn).
 */
export const iterationPhases = ['plan', 'act', 'observe', 'reflect', 'decided'] as const;
export type IterationPhase = (typeof iterationPhases)[number];
export const iterationDecisions = ['adopt', 'adapt', 'abandon'] as const;
export type IterationDecision = (typeof iterationDecisions)[number];

export interface IterationState {
  phase: IterationPhase;
  decision: IterationDecision | null;
  learning: string;
}

export interface IterationChange {
  phase?: IterationPhase;
  decision?: IterationDecision | null;
  learning?: string;
  /** Whether any other field (texts, clauses, dates) changes. */
  editsContent?: boolean;
}

export interface IterationRefusal {
  field: 'phase' | 'decision' | 'learning' | 'iteration';
  reason: string;
}

/** The one phase that may follow, or null when the cycle is closed. */
export function nextIterationPhase(phase: IterationPhase): IterationPhase | null {
  const index = iterationPhases.indexOf(phase);
  return index < iterationPhases.length - 1 ? iterationPhases[index + 1]! : null;
}

/**
 * Checks a change against the cycle: a decided iteration changes no more; a phase moves one step forward; a decision
 * is given exactly when the iteration is decided, and only with what was learned written down.
 */
export function checkIterationChange(current: IterationState, change: IterationChange): IterationRefusal[] {
  if (current.phase === 'decided') {
    return [{ field: 'iteration', reason: 'Deze iteratie is afgesloten met een besluit; begin een nieuwe iteratie.' }];
  }
  const refusals: IterationRefusal[] = [];
  const phase = change.phase ?? current.phase;
  if (
    change.phase !== undefined &&
    change.phase !== current.phase &&
    change.phase !== nextIterationPhase(current.phase)
  ) {
    refusals.push({
      field: 'phase',
      reason: `Na ${current.phase} komt ${nextIterationPhase(current.phase)}; een stap overslaan of terug kan niet.`,
    });
  }
  const decision = change.decision === undefined ? current.decision : change.decision;
  const learning = (change.learning ?? current.learning).trim();
  if (phase === 'decided') {
    if (decision === null)
      refusals.push({ field: 'decision', reason: 'Kies een besluit: overnemen, aanpassen of stoppen.' });
    if (learning.length === 0)
      refusals.push({ field: 'learning', reason: 'Schrijf op wat jullie leerden voordat jullie besluiten.' });
  } else if (decision !== null) {
    refusals.push({ field: 'decision', reason: 'Een besluit hoort bij de laatste stap: zet de fase op besloten.' });
  }
  return refusals;
}

/** An iteration that decided to adapt the agreement asks for a clause change (in one step, naming the iteration). */
export function iterationAsksForAgreementChange(iteration: Pick<IterationState, 'phase' | 'decision'>): boolean {
  return iteration.phase === 'decided' && iteration.decision === 'adapt';
}
