import { describe, expect, it } from 'vitest';
import { guidelineViolations, recordedFields, type GuidelineClause } from '../index.js';

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
