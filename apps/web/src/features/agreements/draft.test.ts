import { describe, expect, it } from 'vitest';
import { bodyOf, isDirty, newClauseId, rebase, type Draft } from './draft';

const clause = (id: string, text: string, lessonIds: string[] = []) => ({
  id,
  title: id.toUpperCase(),
  text,
  lessonIds,
});
const base: Draft = {
  clauses: [clause('a', 'Alpha.'), clause('b', 'Beta.', ['les-1']), clause('c', 'Gamma.')],
  changelog: 'Eerste.',
};
const texts = (draft: Draft) => draft.clauses.map((item) => `${item.id}:${item.text}`);

describe('rebase: the person’s changes applied onto the version as it is stored now', () => {
  it('keeps both when they changed different clauses', () => {
    const theirs = {
      ...base,
      clauses: [base.clauses[0]!, { ...base.clauses[1]!, text: 'Beta van hen.' }, base.clauses[2]!],
    };
    const mine = {
      ...base,
      clauses: [base.clauses[0]!, base.clauses[1]!, { ...base.clauses[2]!, text: 'Gamma van mij.' }],
    };
    const result = rebase({ base, mine, theirs });
    expect(texts(result.draft)).toEqual(['a:Alpha.', 'b:Beta van hen.', 'c:Gamma van mij.']);
    expect(result.bothChanged).toEqual([]);
  });

  it('keeps the person’s text where both changed the same clause, and says so', () => {
    const theirs = {
      ...base,
      clauses: [{ ...base.clauses[0]!, text: 'Alpha van hen.' }, base.clauses[1]!, base.clauses[2]!],
    };
    const mine = {
      ...base,
      clauses: [{ ...base.clauses[0]!, text: 'Alpha van mij.' }, base.clauses[1]!, base.clauses[2]!],
    };
    const result = rebase({ base, mine, theirs });
    expect(texts(result.draft)[0]).toBe('a:Alpha van mij.');
    expect(result.bothChanged).toEqual(['a']);
  });

  it('adds the person’s new clause after its predecessor, keeps theirs, and drops what either removed untouched', () => {
    const theirs = { ...base, clauses: [base.clauses[0]!, base.clauses[1]!, clause('d', 'Delta van hen.')] }; // removed c, added d
    const mine = { ...base, clauses: [base.clauses[0]!, clause('n', 'Nieuw van mij.'), base.clauses[2]!] }; // removed b, added n
    const result = rebase({ base, mine, theirs });
    expect(result.draft.clauses.map((item) => item.id)).toEqual(['a', 'n', 'd']);
  });

  it('keeps a clause the person changed that they removed', () => {
    const theirs = { ...base, clauses: [base.clauses[0]!, base.clauses[1]!] };
    const mine = {
      ...base,
      clauses: [base.clauses[0]!, base.clauses[1]!, { ...base.clauses[2]!, text: 'Gamma van mij.' }],
    };
    const result = rebase({ base, mine, theirs });
    expect(texts(result.draft)).toEqual(['a:Alpha.', 'b:Beta.', 'c:Gamma van mij.']);
    expect(result.bothChanged).toEqual(['c']);
  });

  it('keeps the person’s new order, with their added clause after the clause it followed', () => {
    const theirs = { ...base, clauses: [...base.clauses, clause('d', 'Delta.')] };
    const mine = { ...base, clauses: [base.clauses[2]!, base.clauses[0]!, base.clauses[1]!] };
    expect(rebase({ base, mine, theirs }).draft.clauses.map((item) => item.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('takes their order when the person did not reorder', () => {
    const theirs = { ...base, clauses: [base.clauses[1]!, base.clauses[0]!, base.clauses[2]!] };
    const mine = {
      ...base,
      clauses: [base.clauses[0]!, base.clauses[1]!, { ...base.clauses[2]!, text: 'Gamma van mij.' }],
    };
    expect(rebase({ base, mine, theirs }).draft.clauses.map((item) => item.id)).toEqual(['b', 'a', 'c']);
  });

  it('keeps the lessons of the stored clause, and the person’s changelog when they changed it', () => {
    const theirs = {
      ...base,
      clauses: [base.clauses[0]!, { ...base.clauses[1]!, lessonIds: ['les-1', 'les-2'] }, base.clauses[2]!],
      changelog: 'Van hen.',
    };
    const mine = {
      ...base,
      clauses: [base.clauses[0]!, { ...base.clauses[1]!, text: 'Beta van mij.' }, base.clauses[2]!],
      changelog: 'Van mij.',
    };
    const result = rebase({ base, mine, theirs });
    expect(result.draft.clauses[1]).toMatchObject({ text: 'Beta van mij.', lessonIds: ['les-1', 'les-2'] });
    expect(result.draft.changelog).toBe('Van mij.');
    expect(result.changelogBothChanged).toBe(true);
    expect(rebase({ base, mine: { ...mine, changelog: base.changelog }, theirs }).draft.changelog).toBe('Van hen.');
  });
});

describe('the draft', () => {
  it('sends every clause with its lessons untouched, trimmed', () => {
    expect(
      bodyOf({ clauses: [{ id: 'b', title: ' B ', text: ' Beta. ', lessonIds: ['les-1'] }], changelog: ' x ' }),
    ).toEqual({
      clauses: [{ id: 'b', title: 'B', text: 'Beta.', lessonIds: ['les-1'] }],
      changelog: 'x',
    });
  });

  it('knows whether anything changed', () => {
    expect(isDirty(base, { ...base, clauses: [...base.clauses] })).toBe(false);
    expect(isDirty(base, { ...base, clauses: [base.clauses[1]!, base.clauses[0]!, base.clauses[2]!] })).toBe(true);
    expect(isDirty(base, { ...base, changelog: 'Anders.' })).toBe(true);
  });

  it('makes clause ids the API accepts', () => {
    expect(newClauseId(base.clauses)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
