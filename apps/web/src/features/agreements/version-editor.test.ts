import type { AgreementVersion } from '@leerkring/domain';
import { describe, expect, it } from 'vitest';
import { editorReducer, initialEditorState, type EditorState } from './version-editor';

const clause = (id: string, text: string) => ({ id, title: id.toUpperCase(), text, lessonIds: [] });
const version = (revision: number, clauses: ReturnType<typeof clause>[], changelog = '') =>
  ({ id: 'v1', revision, clauses, changelog }) as unknown as AgreementVersion;
const start = () =>
  initialEditorState(version(3, [clause('a', 'Alpha.'), clause('b', 'Beta.'), clause('c', 'Gamma.')]));
const ids = (state: EditorState) => state.draft.clauses.map((item) => item.id);

describe('the version editor’s state', () => {
  it('moves a clause, keeps focus on the button pressed and announces the new position', () => {
    const moved = editorReducer(start(), { type: 'move', index: 2, by: -1 });
    expect(ids(moved)).toEqual(['a', 'c', 'b']);
    expect(moved.focusId).toBe('clause-c-up');
    expect(moved.announcement).toEqual({ kind: 'moved', title: 'C', position: 2, count: 3 });
    // At the top the up button is disabled, so focus goes to the down button.
    expect(editorReducer(moved, { type: 'move', index: 1, by: -1 }).focusId).toBe('clause-c-down');
    // Past either end nothing changes.
    expect(editorReducer(moved, { type: 'move', index: 0, by: -1 })).toBe(moved);
  });

  it('removes a clause and focuses the next title, or the add button when none is left', () => {
    const removed = editorReducer(start(), { type: 'remove', index: 1 });
    expect(ids(removed)).toEqual(['a', 'c']);
    expect(removed.focusId).toBe('clause-c-title');
    expect(removed.announcement).toEqual({ kind: 'removed', title: 'B' });
    const last = editorReducer(editorReducer(removed, { type: 'remove', index: 0 }), { type: 'remove', index: 0 });
    expect(last.focusId).toBe('clause-add');
  });

  it('adds an empty clause at the end and edits texts and the changelog', () => {
    let state = editorReducer(start(), { type: 'add', id: 'nieuw' });
    expect(state.focusId).toBe('clause-nieuw-title');
    expect(state.announcement).toEqual({ kind: 'added', number: 4 });
    state = editorReducer(state, { type: 'edit-clause', clauseId: 'nieuw', change: { text: 'Delta.' } });
    state = editorReducer(state, { type: 'edit-changelog', changelog: 'Vierde artikel.' });
    expect(state.draft.clauses[3]).toEqual({ id: 'nieuw', title: '', text: 'Delta.', lessonIds: [] });
    expect(state.draft.changelog).toBe('Vierde artikel.');
  });

  it('on a conflict keeps what was read, and reapplying puts the person’s changes on the stored version', () => {
    let state = editorReducer(start(), { type: 'edit-clause', clauseId: 'c', change: { text: 'Gamma van mij.' } });
    state = editorReducer(state, { type: 'submit' });
    expect(state.submitted?.clauses[2]?.text).toBe('Gamma van mij.');
    const theirs = version(4, [clause('a', 'Alpha van hen.'), clause('b', 'Beta.'), clause('c', 'Gamma.')]);
    state = editorReducer(state, { type: 'conflict', theirs, focusId: 'conflict-heading' });
    expect(state.conflict?.readAs.clauses[2]?.text).toBe('Gamma.');
    state = editorReducer(state, { type: 'resolve', how: 'reapplied', focusId: 'conflict-resolution' });
    expect(state.conflict).toBeNull();
    expect(state.base.revision).toBe(4);
    expect(state.draft.clauses.map((item) => item.text)).toEqual(['Alpha van hen.', 'Beta.', 'Gamma van mij.']);
    expect(state.resolution).toMatchObject({ how: 'reapplied', bothChanged: [], changelogBothChanged: false });
  });

  it('discarding the person’s changes takes the stored version; keeping them leaves the draft', () => {
    const edited = editorReducer(start(), { type: 'edit-clause', clauseId: 'a', change: { title: 'Mijn titel' } });
    const theirs = version(5, [clause('a', 'Alpha.')]);
    const conflicted = editorReducer(edited, { type: 'conflict', theirs, focusId: 'x' });
    const discarded = editorReducer(conflicted, { type: 'resolve', how: 'discarded-mine', focusId: 'y' });
    expect(ids(discarded)).toEqual(['a']);
    expect(discarded.draft.clauses[0]?.title).toBe('A');
    const kept = editorReducer(conflicted, { type: 'resolve', how: 'kept-mine', focusId: 'y' });
    expect(kept.draft).toBe(edited.draft);
    expect(kept.base.revision).toBe(5);
  });
});
