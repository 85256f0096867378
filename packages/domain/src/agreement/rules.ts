import { diffArrays } from 'diff';

/** The life of a version: concept → proposed → beta (in force, on trial) | adopted (vastgesteld) → superseded | withdrawn. */
export const agreementVersionStatuses = ['concept', 'proposed', 'beta', 'adopted', 'superseded', 'withdrawn'] as const;
export type AgreementVersionStatus = (typeof agreementVersionStatuses)[number];

/**
 * The transitions a version may make. A proposal can go back to concept to be changed (a new consent round opens when
 * it is proposed again); a beta can be adopted once it has proven itself; superseded and withdrawn are final.
 */
export const agreementVersionTransitions: Readonly<Record<AgreementVersionStatus, readonly AgreementVersionStatus[]>> =
  {
    concept: ['proposed', 'withdrawn'],
    proposed: ['concept', 'beta', 'adopted', 'withdrawn'],
    beta: ['adopted', 'superseded', 'withdrawn'],
    adopted: ['superseded', 'withdrawn'],
    superseded: [],
    withdrawn: [],
  };

export function canTransition({ from, to }: { from: AgreementVersionStatus; to: AgreementVersionStatus }): boolean {
  return agreementVersionTransitions[from].includes(to);
}

/** A version's ETag: its revision, quoted; it comes back as `If-Match`. */
export function versionEtag(revision: number): string {
  return `"${revision}"`;
}

/** In force: the one version of an agreement that applies now. */
export function isInForce(status: AgreementVersionStatus): boolean {
  return status === 'beta' || status === 'adopted';
}

/** Being worked on: a concept, or a proposal the partners are giving their stances on. One at a time per agreement. */
export function isOpen(status: AgreementVersionStatus): boolean {
  return status === 'concept' || status === 'proposed';
}

/**
 * What a version may be put in force as now: a proposal whose decision rule is met as beta or adopted; a beta, once it
 * has proven itself, as adopted; anything else not at all.
 */
export function inForceOptions({
  status,
  decided,
}: {
  status: AgreementVersionStatus;
  decided: boolean;
}): ('beta' | 'adopted')[] {
  if (status === 'proposed' && !decided) return [];
  return (['beta', 'adopted'] as const).filter((to) => canTransition({ from: status, to }));
}

/** The permission a status change needs besides writing: withdrawing what is in force is for those who put it in force. */
export function statusChangePermission(from: AgreementVersionStatus): 'agreement:write' | 'agreement:put-in-force' {
  return isInForce(from) ? 'agreement:put-in-force' : 'agreement:write';
}

/** Only a concept's text may change. */
export function isEditable(status: AgreementVersionStatus): boolean {
  return status === 'concept';
}

/**
 * The number after the highest one so far: 0.1, 0.2 … A major step (1.0, 2.0 …) is a human decision, not a count:
 * asked for with `major`.
 */
export function nextVersionNumber(
  existing: readonly { major: number; minor: number }[],
  { major = false }: { major?: boolean } = {},
): { major: number; minor: number } {
  if (existing.length === 0) return major ? { major: 1, minor: 0 } : { major: 0, minor: 1 };
  const highest = existing.reduce((best, version) =>
    version.major > best.major || (version.major === best.major && version.minor > best.minor) ? version : best,
  );
  return major ? { major: highest.major + 1, minor: 0 } : { major: highest.major, minor: highest.minor + 1 };
}

export function formatVersionNumber({ major, minor }: { major: number; minor: number }): string {
  return `${major}.${minor}`;
}

// — Consent —

export type ConsentStance = 'consent' | 'object' | 'stand-aside';
export type DecisionRule =
  | { kind: 'no-objection-and-share'; share: number }
  | { kind: 'unanimity-of-participants' }
  | { kind: 'qualified-majority'; share: number };

/** Whether an open objection stops a proposal under this rule. */
export function objectionsBlock(rule: DecisionRule): boolean {
  return rule.kind !== 'qualified-majority';
}

export interface ConsentTally {
  /** Partner organisations of the context: everyone who may give a stance. */
  total: number;
  consent: number;
  object: number;
  standAside: number;
  /** Organisations without a stance yet. */
  none: number;
  decided: boolean;
  /** Why the rule is not met yet; null when decided. */
  blockedBy: 'open-objections' | 'not-enough-consent' | 'missing-stances' | null;
  /** For the share rule: how many consents are needed. */
  consentNeeded: number;
}

/**
 * Counts the current stances of the partner organisations and applies the decision rule. Only organisations of the
 * context count, one stance each (the last one given).
 * - `no-objection-and-share`: no open objection, and at least `share` of all partner organisations consent.
 * - `unanimity-of-participants`: no open objection, and every organisation that does not stand aside consents.
 * - `qualified-majority`: at least `share` of all partner organisations consent; objections are heard (recorded with
 *   their reasons) but do not block.
 */
export function consentTally({
  stances,
  partnerOrganisationIds,
  rule,
}: {
  stances: readonly { organisationId: string; stance: ConsentStance }[];
  partnerOrganisationIds: readonly string[];
  rule: DecisionRule;
}): ConsentTally {
  const partners = new Set(partnerOrganisationIds);
  const current = new Map<string, ConsentStance>();
  for (const { organisationId, stance } of stances)
    if (partners.has(organisationId)) current.set(organisationId, stance);
  const count = (stance: ConsentStance) => [...current.values()].filter((value) => value === stance).length;
  const total = partners.size;
  const consent = count('consent');
  const object = count('object');
  const standAside = count('stand-aside');
  const none = total - current.size;
  const consentNeeded =
    rule.kind === 'unanimity-of-participants'
      ? Math.max(1, total - standAside)
      : Math.max(1, Math.ceil(rule.share * total - 1e-9));
  let blockedBy: ConsentTally['blockedBy'] = null;
  if (object > 0 && objectionsBlock(rule)) blockedBy = 'open-objections';
  else if (rule.kind === 'unanimity-of-participants' && none > 0) blockedBy = 'missing-stances';
  else if (total === 0 || consent < consentNeeded) blockedBy = 'not-enough-consent';
  return { total, consent, object, standAside, none, decided: blockedBy === null, blockedBy, consentNeeded };
}

// — Diff —

export interface Clause {
  id: string;
  title: string;
  text: string;
  /** The lessons this clause came from (the leerlijn); through them the cases and sessions. */
  lessonIds?: string[];
  /** The action-research iterations this clause answers. */
  iterationIds?: string[];
}

export type ClauseChange = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';
export interface WordPart {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}
export interface ClauseDiff {
  clauseId: string;
  change: ClauseChange;
  /** Also true for a changed clause whose place changed. */
  moved: boolean;
  fromIndex: number | null;
  toIndex: number | null;
  fromTitle: string | null;
  toTitle: string | null;
  /** The text, word by word: for a changed clause insertions and deletions, otherwise one part. */
  parts: WordPart[];
  /** Lessons the clause now names that it did not (the leerlijn changed too). */
  lessonIdsAdded: string[];
  lessonIdsRemoved: string[];
}

/** The ids kept in the same relative order: a longest common subsequence of the clause ids both versions hold. */
function keptInOrder(from: readonly string[], to: readonly string[]): Set<string> {
  const lengths = Array.from({ length: from.length + 1 }, () => new Array<number>(to.length + 1).fill(0));
  for (let i = from.length - 1; i >= 0; i--) {
    for (let j = to.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        from[i] === to[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < from.length && j < to.length) {
    if (from[i] === to[j]) {
      kept.add(from[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

type DiffInput = { from: { clauses: readonly Clause[] }; to: { clauses: readonly Clause[] }; words?: boolean };

/**
 * Compares two versions clause by clause, by stable clause id: added, removed, changed (with word-level parts), moved
 * (its place among the other clauses changed) or unchanged. In the order of `to`, each removed clause after the clause
 * that preceded it in `from`. Without `words`, a changed clause is one deletion and one insertion (cheaper, for callers
 * that only need to know what changed).
 */
export function diffVersions(input: DiffInput): ClauseDiff[] {
  const steps = diffVersionSteps(input);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * {@link diffVersions} in steps: it pauses before each clause's word diff, so a server can let other requests run
 * between clauses (every step is bounded by {@link wordDiffLimits}).
 */
export function* diffVersionSteps({ from, to, words = true }: DiffInput): Generator<void, ClauseDiff[], void> {
  const fromIndex = new Map(from.clauses.map((clause, index) => [clause.id, index]));
  const toIndex = new Map(to.clauses.map((clause, index) => [clause.id, index]));
  const common = (clauses: readonly Clause[], other: Map<string, number>) =>
    clauses.filter((clause) => other.has(clause.id)).map((clause) => clause.id);
  const kept = keptInOrder(common(from.clauses, toIndex), common(to.clauses, fromIndex));

  const result: ClauseDiff[] = [];
  const removedAfter = new Map<string | null, ClauseDiff[]>();
  let previous: string | null = null;
  for (const [index, clause] of from.clauses.entries()) {
    if (!toIndex.has(clause.id)) {
      const removed: ClauseDiff = {
        clauseId: clause.id,
        change: 'removed',
        moved: false,
        fromIndex: index,
        toIndex: null,
        fromTitle: clause.title,
        toTitle: null,
        parts: [{ kind: 'delete', text: clause.text }],
        lessonIdsAdded: [],
        lessonIdsRemoved: [...(clause.lessonIds ?? [])],
      };
      removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), removed]);
    }
    previous = clause.id;
  }
  const placed = new Set<string | null>();
  const placeRemovedAfter = (id: string | null) => {
    // A removed clause follows its predecessor in `from`; chains of removals follow each other.
    const queue: (string | null)[] = [id];
    while (queue.length > 0) {
      const key = queue.shift()!;
      if (placed.has(key)) continue;
      placed.add(key);
      for (const removed of removedAfter.get(key) ?? []) {
        result.push(removed);
        queue.push(removed.clauseId);
      }
    }
  };
  placeRemovedAfter(null);
  for (const [index, clause] of to.clauses.entries()) {
    const before = fromIndex.get(clause.id);
    if (before === undefined) {
      result.push({
        clauseId: clause.id,
        change: 'added',
        moved: false,
        fromIndex: null,
        toIndex: index,
        fromTitle: null,
        toTitle: clause.title,
        parts: [{ kind: 'insert', text: clause.text }],
        lessonIdsAdded: [...(clause.lessonIds ?? [])],
        lessonIdsRemoved: [],
      });
      continue;
    }
    const old = from.clauses[before]!;
    const moved = !kept.has(clause.id);
    const linkedBefore = new Set(old.lessonIds ?? []);
    const after = new Set(clause.lessonIds ?? []);
    const lessonIdsAdded = [...after].filter((id) => !linkedBefore.has(id));
    const lessonIdsRemoved = [...linkedBefore].filter((id) => !after.has(id));
    const changed =
      old.text !== clause.text ||
      old.title !== clause.title ||
      lessonIdsAdded.length > 0 ||
      lessonIdsRemoved.length > 0;
    if (words && old.text !== clause.text) yield;
    result.push({
      clauseId: clause.id,
      change: changed ? 'changed' : moved ? 'moved' : 'unchanged',
      moved,
      fromIndex: before,
      toIndex: index,
      fromTitle: old.title,
      toTitle: clause.title,
      parts:
        old.text === clause.text
          ? [{ kind: 'equal', text: clause.text }]
          : words
            ? wordParts(old.text, clause.text)
            : wholeClauseParts(old.text, clause.text),
      lessonIdsAdded,
      lessonIdsRemoved,
    });
    placeRemovedAfter(clause.id);
  }
  return result;
}

/**
 * What one clause's word diff may cost. Two clauses of 10,000 characters that share nothing once took half a second each
 * and held up every other request; past this many edits (words, spaces and punctuation marks) a clause is shown changed
 * as a whole, without word parts. A count rather than a time limit, so the answer is the same on a busy machine.
 */
export const wordDiffLimits = { maxEdits: 120 } as const;

// Words, runs of white space and single punctuation marks; tokenising once with one regex is cheaper than diffWords.
const WORD_TOKEN = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu;

function wordParts(from: string, to: string): WordPart[] {
  const changes = diffArrays(from.match(WORD_TOKEN) ?? [], to.match(WORD_TOKEN) ?? [], {
    maxEditLength: wordDiffLimits.maxEdits,
  });
  if (!changes) return wholeClauseParts(from, to);
  return changes.map((change) => ({
    kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
}

function wholeClauseParts(from: string, to: string): WordPart[] {
  return [
    { kind: 'delete', text: from },
    { kind: 'insert', text: to },
  ];
}

/**
 * Where a version's decision stands, in one word for its summary: never both "the round is open" and "decided".
 * - `not-proposed`: a concept no round has been held on;
 * - `open`: proposed, the decision rule not yet met;
 * - `decided`: proposed and the rule met, waiting to be put in force;
 * - `back-to-concept`: proposed before, taken back to be changed;
 * - `in-force`: a beta or adopted version;
 * - `ended`: superseded or withdrawn.
 */
export type RoundPhase = 'not-proposed' | 'open' | 'decided' | 'back-to-concept' | 'in-force' | 'ended';

export function roundPhase({
  status,
  round,
  decided,
}: {
  status: AgreementVersionStatus;
  /** How often the version was proposed (0: never). */
  round: number;
  decided: boolean;
}): RoundPhase {
  switch (status) {
    case 'concept':
      return round === 0 ? 'not-proposed' : 'back-to-concept';
    case 'proposed':
      return decided ? 'decided' : 'open';
    case 'beta':
    case 'adopted':
      return 'in-force';
    case 'superseded':
    case 'withdrawn':
      return 'ended';
  }
}
