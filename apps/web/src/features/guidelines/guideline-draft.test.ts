import {
  caseFields,
  type GuidelineClause,
  type GuidelineClauseWithReasons,
  type RegistrationGuideline,
} from '@leerkring/domain';
import { describe, expect, it } from 'vitest';
import {
  changedDecisions,
  checkDraft,
  draftFrom,
  fieldIds,
  firstRefused,
  messageKeyOf,
  placeRefusals,
  toCreateBody,
} from './guideline-draft';

const teamId = '6f1c1b1e-8a55-4c52-9a7e-3f8f4b6f2a10';
const clause = (
  field: GuidelineClause['field'],
  rule: GuidelineClause['rule'],
  retention = '2 jaar na afsluiten',
): GuidelineClauseWithReasons => ({
  field,
  rule,
  purpose: { nl: `Waarom ${field}`, en: `Why ${field}` },
  retention,
  lessonIds: [],
  reasons: { lessons: [], caseCount: 0, sessionCount: 0 },
});
const inForce: RegistrationGuideline = {
  id: '0e0d5d2f-2b0a-4a8e-9d43-6c3b6b1f9c01',
  buildingTeam: { id: teamId, name: 'Bouwteam' },
  version: 2,
  status: 'in-force',
  clauses: [
    clause('title', 'required'),
    clause('narrative', 'required'),
    clause('ageGroup', 'optional'),
    clause('diagnosis', 'not-recorded', ''),
  ],
  changelog: 'Tweede versie.',
  lessonIds: [],
  inForceSince: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('a new guideline version', () => {
  it('starts as a copy of the version in force, in its order, with every other case field not recorded', () => {
    const draft = draftFrom(inForce);
    // The clauses' lessons are carried over; the computed reasons are not part of a draft.
    expect(draft.clauses.slice(0, 4)).toEqual(inForce.clauses.map(({ reasons: _, ...clause }) => clause));
    expect(draft.clauses).toHaveLength(caseFields.length);
    expect(draft.clauses.slice(4).every((item) => item.rule === 'not-recorded' && item.purpose.nl === '')).toBe(true);
    expect(draft).toMatchObject({ changelog: '', lessonIds: [], putInForce: false });
  });

  it('starts with the title required when there is no version to copy', () => {
    const draft = draftFrom(null);
    expect(draft.clauses.find((item) => item.field === 'title')?.rule).toBe('required');
    expect(draft.clauses.filter((item) => item.rule === 'not-recorded')).toHaveLength(caseFields.length - 1);
  });

  it('sends every explained field, trimmed, and leaves out fields not recorded without any explanation', () => {
    const draft = draftFrom(inForce);
    draft.clauses[2] = {
      ...draft.clauses[2]!,
      rule: 'not-recorded',
      purpose: { nl: ' Geen leeftijd meer. ', en: 'No age any more.' },
    };
    draft.changelog = 'Leeftijdsgroep registreren we niet meer.';
    const { body, fields } = toCreateBody({ draft, buildingTeamId: teamId });
    expect(fields).toEqual(['title', 'narrative', 'ageGroup', 'diagnosis']);
    expect(body.clauses[2]).toEqual({
      field: 'ageGroup',
      rule: 'not-recorded',
      purpose: { nl: 'Geen leeftijd meer.', en: 'No age any more.' },
      retention: '2 jaar na afsluiten',
      lessonIds: [],
    });
    expect(body).toMatchObject({
      buildingTeamId: teamId,
      changelog: draft.changelog,
      putInForce: false,
      lessonIds: [],
    });
  });

  it('passes the check when it keeps to the domain schema', () => {
    const draft = { ...draftFrom(inForce), changelog: 'Een kleine wijziging.' };
    expect(checkDraft({ draft, buildingTeamId: teamId })).toEqual({});
  });

  it('places what the check refuses at the fields: a missing purpose, a long retention, a short changelog', () => {
    const draft = draftFrom(inForce);
    draft.clauses[1] = { ...draft.clauses[1]!, purpose: { nl: '', en: 'Why' } };
    draft.clauses[2] = { ...draft.clauses[2]!, retention: 'x'.repeat(201) };
    draft.changelog = ' a ';
    const refusals = checkDraft({ draft, buildingTeamId: teamId });
    expect(Object.keys(refusals).sort()).toEqual(
      [fieldIds.changelog, fieldIds.purposeNl('narrative'), fieldIds.retention('ageGroup')].sort(),
    );
    expect(
      messageKeyOf({ id: fieldIds.purposeNl('narrative'), code: refusals[fieldIds.purposeNl('narrative')]!.code }),
    ).toBe('purposeNl');
    expect(
      messageKeyOf({ id: fieldIds.retention('ageGroup'), code: refusals[fieldIds.retention('ageGroup')]!.code }),
    ).toBe('retentionTooLong');
    expect(messageKeyOf({ id: fieldIds.changelog, code: refusals[fieldIds.changelog]!.code })).toBe(
      'changelogTooShort',
    );
    expect(firstRefused({ draft, refusals })).toBe(fieldIds.purposeNl('narrative'));
  });

  it('says at the title that it is always required', () => {
    const draft = { ...draftFrom(inForce), changelog: 'Titel optioneel?' };
    draft.clauses[0] = { ...draft.clauses[0]!, rule: 'optional' };
    const refusals = checkDraft({ draft, buildingTeamId: teamId });
    expect(refusals).toEqual({
      [fieldIds.rule('title')]: { code: 'title-required', reason: 'De titel is altijd verplicht.' },
    });
    expect(messageKeyOf({ id: fieldIds.rule('title'), code: 'title-required' })).toBe('titleRequired');
  });

  it("places the API's refusals by the clause sent at that position", () => {
    const fields = ['title', 'narrative', 'ageGroup'] as const;
    const refusals = placeRefusals({
      fields,
      params: [
        { name: 'body.clauses.2.purpose.en', reason: 'Too small', code: 'too_small' },
        { name: 'body.clauses.1.retention', reason: 'Too big', code: 'too_big' },
        { name: 'body.clauses.0.rule', reason: 'Invalid option', code: 'invalid_value' },
        { name: 'body.clauses.0.rule', reason: 'second reason', code: 'other' },
        { name: 'body.clauses', reason: 'Elk veld mag één keer in de richtlijn staan.', code: 'custom' },
        { name: 'body.changelog', reason: 'Too small', code: 'too_small' },
        { name: 'body.lessonIds.0', reason: 'Invalid UUID', code: 'invalid_format' },
        { name: 'body.buildingTeamId', reason: 'Invalid UUID', code: 'invalid_format' },
      ],
    });
    expect(refusals).toEqual({
      [fieldIds.purposeEn('ageGroup')]: { code: 'too_small', reason: 'Too small' },
      [fieldIds.retention('narrative')]: { code: 'too_big', reason: 'Too big' },
      [fieldIds.rule('title')]: { code: 'invalid_value', reason: 'Invalid option' },
      [fieldIds.clauses]: { code: 'custom', reason: 'Elk veld mag één keer in de richtlijn staan.' },
      [fieldIds.changelog]: { code: 'too_small', reason: 'Too small' },
      [fieldIds.lessons]: { code: 'invalid_format', reason: 'Invalid UUID' },
    });
    expect(messageKeyOf({ id: fieldIds.lessons, code: 'invalid_format' })).toBeUndefined();
  });

  it('lists the fields whose decision changes', () => {
    const draft = draftFrom(inForce);
    draft.clauses[2] = { ...draft.clauses[2]!, rule: 'not-recorded' };
    draft.clauses[5] = { ...draft.clauses[5]!, rule: 'optional' };
    expect(changedDecisions({ source: inForce, draft })).toEqual([
      { field: 'ageGroup', from: 'optional', to: 'not-recorded' },
      { field: draft.clauses[5]!.field, from: 'not-recorded', to: 'optional' },
    ]);
  });
});
