import { describe, expect, it } from 'vitest';
import {
  clauseReasons,
  guidelineViolations,
  recordedFields,
  versionLessonIds,
  type GuidelineClause,
} from '../index.js';

const clause = (field: GuidelineClause['field'], rule: GuidelineClause['rule']): GuidelineClause => ({
  field,
  rule,
  purpose: { nl: 'doel', en: 'purpose' },
  retention: '2 jaar',
});
const clauses = [
  clause('title', 'required'),
  clause('narrative', 'required'),
  clause('lifeDomains', 'optional'),
  clause('diagnosis', 'not-recorded'),
  clause('familyMembers', 'not-recorded'),
];

describe('the registration guideline', () => {
  it('accepts a case that keeps to it', () => {
    expect(
      guidelineViolations({
        clauses,
        values: {
          title: 'Vervoer naar de dagbesteding',
          narrative: 'Een huishouden met veel hulp.',
          lifeDomains: ['housing'],
        },
      }),
    ).toEqual([]);
  });

  it('refuses a value in a field that is not recorded, naming the field and the clause', () => {
    const violations = guidelineViolations({ clauses, values: { title: 'T', narrative: 'N', diagnosis: 'depressie' } });
    expect(violations).toEqual([{ field: 'diagnosis', kind: 'not-recorded', clause: clauses[3] }]);
  });

  it('treats a field the guideline does not name as not recorded', () => {
    expect(guidelineViolations({ clauses, values: { title: 'T', narrative: 'N', ageGroup: '65+' } })[0]).toMatchObject({
      field: 'ageGroup',
      kind: 'not-recorded',
    });
  });

  it('allows an empty value in a field that is not recorded', () => {
    expect(
      guidelineViolations({ clauses, values: { title: 'T', narrative: 'N', diagnosis: '', familyMembers: [] } }),
    ).toEqual([]);
  });

  it('refuses a missing required field, and for a change only when it is emptied', () => {
    expect(guidelineViolations({ clauses, values: { title: 'T' } })).toEqual([
      { field: 'narrative', kind: 'required-missing', clause: clauses[1] },
    ]);
    expect(guidelineViolations({ clauses, values: { lifeDomains: ['finances'] }, partial: true })).toEqual([]);
    expect(guidelineViolations({ clauses, values: { narrative: '  ' }, partial: true })).toMatchObject([
      { field: 'narrative', kind: 'required-missing' },
    ]);
  });

  it('shows the form only the recorded fields', () => {
    expect(recordedFields(clauses)).toEqual(['title', 'narrative', 'lifeDomains']);
  });
});

describe('the reasons of a clause', () => {
  const lesson = (id: string, caseIds: string[], sessionIds: string[]) => ({
    id,
    text: `Les ${id}`,
    theme: 'registration',
    caseIds,
    sessionIds,
  });

  it('counts the distinct cases and sessions behind its lessons', () => {
    expect(
      clauseReasons([lesson('a', ['c1', 'c2'], ['s1']), lesson('b', ['c2', 'c3'], ['s1', 's2']), lesson('c', [], [])]),
    ).toEqual({
      lessons: [
        { id: 'a', text: 'Les a', theme: 'registration' },
        { id: 'b', text: 'Les b', theme: 'registration' },
        { id: 'c', text: 'Les c', theme: 'registration' },
      ],
      caseCount: 3,
      sessionCount: 2,
    });
  });

  it('has nothing behind a clause without lessons', () => {
    expect(clauseReasons([])).toEqual({ lessons: [], caseCount: 0, sessionCount: 0 });
  });

  it("makes the version's lessons the union of its own and its clauses', each once", () => {
    expect(
      versionLessonIds({
        lessonIds: ['a', 'b'],
        clauses: [{ lessonIds: ['b', 'c'] }, { lessonIds: [] }, { lessonIds: ['c', 'd'] }],
      }),
    ).toEqual(['a', 'b', 'c', 'd']);
  });
});
