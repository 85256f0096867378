/**
 * The signals a decision rests on. A signal is named by a stable key: the measure's id and the signal's id in that
 * measure's run-chart analysis (rule, segment and first point's date). Deciding may name none ("no signal: abandon"),
 * but every named signal must be in the current analysis of one of the iteration's measures.
 */
export interface SignalKey {
  measureId: string;
  signalId: string;
}

/** A signal kept with a decision: its key with the measure's name and the rule's words at the time of deciding. */
export interface DecisionSignal extends SignalKey {
  measureName: string;
  rule: string;
  description: string;
}

/** One of the iteration's measures with the signals of its current analysis. */
export interface MeasureSignals {
  measureId: string;
  measureName: string;
  signals: readonly { id: string; rule: string; description: string }[];
}

export interface DecisionSignalRefusal {
  /** The index of the refused key in the named list. */
  index: number;
  reason: string;
}

/** The key of a run-chart signal of a measure. */
export function signalKeyOf(measureId: string, signal: { id: string }): SignalKey {
  return { measureId, signalId: signal.id };
}

/**
 * Checks the named signals against the current analyses of the iteration's measures: each must be there, and named
 * once. Answers the signals to keep (with words) or the refusals by index.
 */
export function checkDecisionSignals(
  named: readonly SignalKey[],
  measures: readonly MeasureSignals[],
): { signals: DecisionSignal[]; refusals: DecisionSignalRefusal[] } {
  const signals: DecisionSignal[] = [];
  const refusals: DecisionSignalRefusal[] = [];
  const seen = new Set<string>();
  named.forEach((key, index) => {
    const measure = measures.find((candidate) => candidate.measureId === key.measureId);
    const signal = measure?.signals.find((candidate) => candidate.id === key.signalId);
    const token = `${key.measureId}/${key.signalId}`;
    if (!measure) {
      refusals.push({ index, reason: 'Deze maat hoort niet bij de iteratie of haar afspraak.' });
    } else if (!signal) {
      refusals.push({ index, reason: `De maat "${measure.measureName}" toont dit signaal nu niet.` });
    } else if (seen.has(token)) {
      refusals.push({ index, reason: 'Dit signaal is al genoemd.' });
    } else {
      seen.add(token);
      signals.push({
        measureId: measure.measureId,
        signalId: signal.id,
        measureName: measure.measureName,
        rule: signal.rule,
        description: signal.description,
      });
    }
  });
  return { signals, refusals };
}
