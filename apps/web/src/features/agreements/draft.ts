/** What the editor holds of a concept: its clauses in order and its changelog. */
export interface DraftClause {
  id: string;
  title: string;
  text: string;
  /** The lessons the clause came from: never edited here, sent back as they were. */
  lessonIds: string[];
}
export interface Draft {
  clauses: DraftClause[];
  changelog: string;
}

/** A version's text as a draft (a copy: editing the draft never touches the version). */
export function draftOf(version: {
  clauses: readonly { id: string; title: string; text: string; lessonIds?: readonly string[] }[];
  changelog: string;
}): Draft {
  return {
    clauses: version.clauses.map((clause) => ({
      id: clause.id,
      title: clause.title,
      text: clause.text,
      lessonIds: [...(clause.lessonIds ?? [])],
    })),
    changelog: version.changelog,
  };
}

/** The body of the PATCH: the whole clause list (it replaces the stored one) and the changelog. */
export function bodyOf(draft: Draft) {
  return {
    clauses: draft.clauses.map((clause) => ({
      id: clause.id,
      title: clause.title.trim(),
      text: clause.text.trim(),
      lessonIds: clause.lessonIds,
    })),
    changelog: draft.changelog.trim(),
  };
}

/** A fresh id for a new clause, in the characters a clause id allows. */
export function newClauseId(existing: readonly { id: string }[]): string {
  for (;;) {
    const id = `artikel-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    if (!existing.some((clause) => clause.id === id)) return id;
  }
}

const sameText = (a: { title: string; text: string }, b: { title: string; text: string }) =>
  a.title.trim() === b.title.trim() && a.text.trim() === b.text.trim();

/** How one clause differs between what was read (base), what the person made of it (mine) and what is stored now (theirs). */
export type ClauseEdit = 'unchanged' | 'added' | 'removed' | 'changed';

export function editOf(base: Draft, side: Draft, clauseId: string): ClauseEdit {
  const before = base.clauses.find((clause) => clause.id === clauseId);
  const after = side.clauses.find((clause) => clause.id === clauseId);
  if (!before) return after ? 'added' : 'unchanged';
  if (!after) return 'removed';
  return sameText(before, after) ? 'unchanged' : 'changed';
}

/** Whether a draft differs from what it was read as. */
export function isDirty(base: Draft, draft: Draft): boolean {
  return (
    base.changelog.trim() !== draft.changelog.trim() ||
    base.clauses.length !== draft.clauses.length ||
    base.clauses.some((clause, index) => {
      const other = draft.clauses[index];
      return !other || other.id !== clause.id || !sameText(clause, other);
    })
  );
}

/** Inserts `id` into `order` right after the nearest clause before it in `reference` that `order` already holds. */
function insertAfterPredecessor(order: string[], id: string, reference: readonly string[]): void {
  const at = reference.indexOf(id);
  for (let index = at - 1; index >= 0; index--) {
    const position = order.indexOf(reference[index]!);
    if (position >= 0) {
      order.splice(position + 1, 0, id);
      return;
    }
  }
  order.unshift(id);
}

export interface Rebased {
  draft: Draft;
  /** Clauses both changed (or one changed and the other removed): the person's text is kept, theirs is shown beside it. */
  bothChanged: string[];
  /** Whether both changed the changelog (the person's is kept). */
  changelogBothChanged: boolean;
}

/**
 * Applies the person's changes (from `base`, what they read, to `mine`, what they typed) onto `theirs`, the version as it
 * is stored now. What only they changed comes from `theirs`; what the person changed — texts, added and removed clauses,
 * a new order, the changelog — wins. Nothing the person typed is dropped; `lessonIds` follow the stored clause.
 */
export function rebase({ base, mine, theirs }: { base: Draft; mine: Draft; theirs: Draft }): Rebased {
  const ids = (draft: Draft) => draft.clauses.map((clause) => clause.id);
  const [baseIds, mineIds, theirIds] = [ids(base), ids(mine), ids(theirs)];
  const has = (list: readonly string[], id: string) => list.includes(id);
  const mineEdit = (id: string) => editOf(base, mine, id);
  const theirEdit = (id: string) => editOf(base, theirs, id);

  const mineCommon = mineIds.filter((id) => has(baseIds, id));
  const baseCommon = baseIds.filter((id) => has(mineIds, id));
  const reordered = mineCommon.join('\n') !== baseCommon.join('\n');

  let order: string[];
  if (!reordered) {
    // Their order; without what the person removed; with what the person added, each after its predecessor.
    order = theirIds.filter((id) => mineEdit(id) !== 'removed');
    for (const id of mineIds) {
      if (has(order, id)) continue;
      // Removed by them and not touched by the person: gone. Added by the person, or changed while they removed it: kept.
      if (theirEdit(id) === 'removed' && mineEdit(id) === 'unchanged') continue;
      insertAfterPredecessor(order, id, mineIds);
    }
  } else {
    // The person's order; without what they removed and the person did not touch; with what they added.
    order = mineIds.filter((id) => !(theirEdit(id) === 'removed' && mineEdit(id) === 'unchanged'));
    for (const id of theirIds) {
      if (has(order, id) || mineEdit(id) === 'removed') continue;
      insertAfterPredecessor(order, id, theirIds);
    }
  }

  const clauses = order.map((id): DraftClause => {
    const my = mine.clauses.find((clause) => clause.id === id);
    const their = theirs.clauses.find((clause) => clause.id === id);
    const edit = mineEdit(id);
    const source = my && (edit === 'added' || edit === 'changed' || !their) ? my : their!;
    return { id, title: source.title, text: source.text, lessonIds: [...(their?.lessonIds ?? my?.lessonIds ?? [])] };
  });

  const bothChanged = baseIds.filter((id) => {
    const [my, their] = [mineEdit(id), theirEdit(id)];
    if (my === 'unchanged' || their === 'unchanged') return false;
    if (my === 'removed' && their === 'removed') return false;
    if (my === 'changed' && their === 'changed') {
      const a = mine.clauses.find((clause) => clause.id === id)!;
      const b = theirs.clauses.find((clause) => clause.id === id)!;
      return !sameText(a, b);
    }
    return true;
  });
  const changelogMine = mine.changelog.trim() !== base.changelog.trim();
  const changelogTheirs = theirs.changelog.trim() !== base.changelog.trim();
  return {
    draft: { clauses, changelog: changelogMine ? mine.changelog : theirs.changelog },
    bothChanged,
    changelogBothChanged: changelogMine && changelogTheirs && mine.changelog.trim() !== theirs.changelog.trim(),
  };
}
