import type { AgreementVersion } from '@leerkring/domain';
import { draftOf, rebase, type Draft, type DraftClause } from './draft';

/** A save refused because someone else saved first (412). */
export interface Conflict {
  /** The version as stored now, from the 412. */
  theirs: AgreementVersion;
  /** The text the person started from. */
  readAs: Draft;
}

export interface Resolution {
  how: 'reapplied' | 'kept-mine' | 'discarded-mine';
  theirs: AgreementVersion;
  bothChanged: string[];
  changelogBothChanged: boolean;
}

/** What the editor tells a screen reader after a clause moved, was removed or added (translated where it is shown). */
export type Announcement =
  | { kind: 'moved'; title: string; position: number; count: number }
  | { kind: 'removed'; title: string }
  | { kind: 'added'; number: number };

export interface EditorState {
  /** What the draft was read as: its revision goes along as If-Match. */
  base: AgreementVersion;
  draft: Draft;
  conflict: Conflict | null;
  resolution: Resolution | null;
  /** The draft as last sent, to know whether the API's refusals still point at the text. */
  submitted: Draft | null;
  announcement: Announcement | null;
  /** The element to move focus to after the next render. */
  focusId: string | null;
}

export type EditorAction =
  | { type: 'edit-clause'; clauseId: string; change: Partial<Pick<DraftClause, 'title' | 'text'>> }
  | { type: 'edit-changelog'; changelog: string }
  | { type: 'move'; index: number; by: -1 | 1 }
  | { type: 'remove'; index: number }
  | { type: 'add'; id: string }
  | { type: 'submit' }
  | { type: 'conflict'; theirs: AgreementVersion; focusId: string }
  | { type: 'resolve'; how: Resolution['how']; focusId: string }
  | { type: 'focused' };

export const titleId = (clauseId: string) => `clause-${clauseId}-title`;
export const textId = (clauseId: string) => `clause-${clauseId}-text`;
export const changelogId = 'version-changelog';
export const resolutionId = 'conflict-resolution';

export function initialEditorState(version: AgreementVersion): EditorState {
  return {
    base: version,
    draft: draftOf(version),
    conflict: null,
    resolution: null,
    submitted: null,
    announcement: null,
    focusId: null,
  };
}

/** The version editor's state changes, pure: the merge rules themselves are in `draft.ts`. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { draft } = state;
  switch (action.type) {
    case 'edit-clause':
      return {
        ...state,
        draft: {
          ...draft,
          clauses: draft.clauses.map((clause) =>
            clause.id === action.clauseId ? { ...clause, ...action.change } : clause,
          ),
        },
      };
    case 'edit-changelog':
      return { ...state, draft: { ...draft, changelog: action.changelog } };
    case 'move': {
      const { index, by } = action;
      const to = index + by;
      const clause = draft.clauses[index];
      if (!clause || to < 0 || to >= draft.clauses.length) return state;
      const clauses = [...draft.clauses];
      clauses.splice(index, 1);
      clauses.splice(to, 0, clause);
      // Focus stays on the button pressed, or on the other one when the clause reached the top or the bottom.
      const atEdge = (by === -1 && to === 0) || (by === 1 && to === clauses.length - 1);
      return {
        ...state,
        draft: { ...draft, clauses },
        focusId: `clause-${clause.id}-${(by === -1) !== atEdge ? 'up' : 'down'}`,
        announcement: { kind: 'moved', title: clause.title, position: to + 1, count: clauses.length },
      };
    }
    case 'remove': {
      const clause = draft.clauses[action.index];
      if (!clause) return state;
      const clauses = draft.clauses.filter((_, at) => at !== action.index);
      const next = clauses[action.index] ?? clauses[action.index - 1];
      return {
        ...state,
        draft: { ...draft, clauses },
        focusId: next ? titleId(next.id) : 'clause-add',
        announcement: { kind: 'removed', title: clause.title },
      };
    }
    case 'add':
      return {
        ...state,
        draft: { ...draft, clauses: [...draft.clauses, { id: action.id, title: '', text: '', lessonIds: [] }] },
        focusId: titleId(action.id),
        announcement: { kind: 'added', number: draft.clauses.length + 1 },
      };
    case 'submit':
      return { ...state, submitted: draft };
    case 'conflict':
      return {
        ...state,
        conflict: { theirs: action.theirs, readAs: draftOf(state.base) },
        resolution: null,
        focusId: action.focusId,
      };
    case 'resolve': {
      const { conflict } = state;
      if (!conflict) return state;
      const theirs = draftOf(conflict.theirs);
      let next = draft;
      let bothChanged: string[] = [];
      let changelogBothChanged = false;
      switch (action.how) {
        case 'reapplied': {
          const rebased = rebase({ base: conflict.readAs, mine: draft, theirs });
          ({ bothChanged, changelogBothChanged } = rebased);
          next = rebased.draft;
          break;
        }
        case 'discarded-mine':
          next = theirs;
          break;
        case 'kept-mine':
          break;
      }
      return {
        ...state,
        base: conflict.theirs,
        draft: next,
        resolution: { how: action.how, theirs: conflict.theirs, bothChanged, changelogBothChanged },
        conflict: null,
        focusId: action.focusId,
      };
    }
    case 'focused':
      return { ...state, focusId: null };
  }
}
