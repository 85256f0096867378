import { describe, expect, it } from 'vitest';
import {
  agreementVersionStatuses,
  canTransition,
  consentTally,
  diffVersions,
  formatVersionNumber,
  inForceOptions,
  isOpen,
  statusChangePermission,
  roundPhase,
  isEditable,
  isInForce,
  nextVersionNumber,
  type AgreementVersionStatus,
  type Clause,
  type ConsentStance,
  type DecisionRule,
} from '../index.js';
import { ConsentCreateSchema, DecisionRuleSchema } from './schema.js';

describe('the version state machine', () => {
  const allowed: [AgreementVersionStatus, AgreementVersionStatus][] = [
    ['concept', 'proposed'],
    ['concept', 'withdrawn'],
    ['proposed', 'concept'],
    ['proposed', 'beta'],
    ['proposed', 'adopted'],
    ['proposed', 'withdrawn'],
    ['beta', 'adopted'],
    ['beta', 'superseded'],
    ['beta', 'withdrawn'],
    ['adopted', 'superseded'],
    ['adopted', 'withdrawn'],
  ];
  const key = (from: string, to: string) => `${from}→${to}`;
  const allowedKeys = new Set(allowed.map(([from, to]) => key(from, to)));
  const every = agreementVersionStatuses.flatMap((from) => agreementVersionStatuses.map((to) => [from, to] as const));

  it.each(every)('%s → %s', (from, to) => {
    expect(canTransition({ from, to })).toBe(allowedKeys.has(key(from, to)));
  });

  it('knows what is in force and what may be edited', () => {
    expect(agreementVersionStatuses.filter(isInForce)).toEqual(['beta', 'adopted']);
    expect(agreementVersionStatuses.filter(isEditable)).toEqual(['concept']);
  });

  it.each([
    [[], '0.1'],
    [[{ major: 0, minor: 1 }], '0.2'],
    [
      [
        { major: 0, minor: 3 },
        { major: 0, minor: 9 },
        { major: 0, minor: 4 },
      ],
      '0.10',
    ],
    [
      [
        { major: 1, minor: 0 },
        { major: 0, minor: 9 },
      ],
      '1.1',
    ],
  ])('numbers the next version after %j as %s', (existing, expected) => {
    const next = nextVersionNumber(existing);
    expect(`${next.major}.${next.minor}`).toBe(expected);
  });
});

describe('what a version may become', () => {
  it('is open while a concept or a proposal, one at a time', () => {
    expect(agreementVersionStatuses.filter(isOpen)).toEqual(['concept', 'proposed']);
  });

  it('is put in force as beta or adopted once decided, a beta adopted later, nothing else', () => {
    expect(inForceOptions({ status: 'proposed', decided: true })).toEqual(['beta', 'adopted']);
    expect(inForceOptions({ status: 'proposed', decided: false })).toEqual([]);
    expect(inForceOptions({ status: 'beta', decided: false })).toEqual(['adopted']);
    for (const status of ['concept', 'adopted', 'superseded', 'withdrawn'] as const)
      expect(inForceOptions({ status, decided: true })).toEqual([]);
  });

  it('asks the right to put in force for withdrawing what is in force', () => {
    expect(statusChangePermission('beta')).toBe('agreement:put-in-force');
    expect(statusChangePermission('adopted')).toBe('agreement:put-in-force');
    expect(statusChangePermission('concept')).toBe('agreement:write');
    expect(statusChangePermission('proposed')).toBe('agreement:write');
  });
});

describe('version numbers', () => {
  it('counts minor versions, and steps to the next major version only when asked', () => {
    expect(formatVersionNumber(nextVersionNumber([]))).toBe('0.1');
    expect(
      formatVersionNumber(
        nextVersionNumber([
          { major: 0, minor: 9 },
          { major: 0, minor: 10 },
          { major: 0, minor: 2 },
        ]),
      ),
    ).toBe('0.11');
    expect(formatVersionNumber(nextVersionNumber([{ major: 0, minor: 4 }], { major: true }))).toBe('1.0');
    expect(
      formatVersionNumber(
        nextVersionNumber([
          { major: 1, minor: 0 },
          { major: 0, minor: 4 },
        ]),
      ),
    ).toBe('1.1');
    expect(formatVersionNumber(nextVersionNumber([{ major: 1, minor: 3 }], { major: true }))).toBe('2.0');
  });
});

describe('the consent decision rule', () => {
  const organisations = Array.from({ length: 26 }, (_, index) => `org-${index + 1}`);
  const stances = (counts: Partial<Record<ConsentStance, number>>) => {
    const list: { organisationId: string; stance: ConsentStance }[] = [];
    let next = 0;
    for (const stance of ['consent', 'object', 'stand-aside'] as const) {
      for (let i = 0; i < (counts[stance] ?? 0); i++) list.push({ organisationId: organisations[next++]!, stance });
    }
    return list;
  };
  const twoThirds: DecisionRule = { kind: 'no-objection-and-share', share: 2 / 3 };
  const unanimity: DecisionRule = { kind: 'unanimity-of-participants' };
  const majority: DecisionRule = { kind: 'qualified-majority', share: 2 / 3 };

  it.each([
    // Story 3: 26 organisations, 20 consent, 2 object with reasons, 4 stand aside: the open objections block.
    [
      'story 3 under 2/3',
      twoThirds,
      { consent: 20, object: 2, 'stand-aside': 4 },
      {
        consent: 20,
        object: 2,
        standAside: 4,
        none: 0,
        decided: false,
        blockedBy: 'open-objections',
        consentNeeded: 18,
      },
    ],
    [
      'story 3 under unanimity',
      unanimity,
      { consent: 20, object: 2, 'stand-aside': 4 },
      { decided: false, blockedBy: 'open-objections' },
    ],
    [
      'story 3 once both objections become consent',
      twoThirds,
      { consent: 22, 'stand-aside': 4 },
      { consent: 22, decided: true, blockedBy: null },
    ],
    ['story 3 once the objectors stand aside', twoThirds, { consent: 20, 'stand-aside': 6 }, { decided: true }],
    [
      'exactly 2/3 (18 of 26 rounds up from 17.33)',
      twoThirds,
      { consent: 18 },
      { none: 8, decided: true, consentNeeded: 18 },
    ],
    [
      'just under 2/3',
      twoThirds,
      { consent: 17, 'stand-aside': 9 },
      { decided: false, blockedBy: 'not-enough-consent' },
    ],
    [
      'unanimity with stances missing',
      unanimity,
      { consent: 20, 'stand-aside': 4 },
      { none: 2, decided: false, blockedBy: 'missing-stances' },
    ],
    [
      'unanimity of all not standing aside',
      unanimity,
      { consent: 22, 'stand-aside': 4 },
      { decided: true, consentNeeded: 22 },
    ],
    [
      'unanimity when everyone stands aside',
      unanimity,
      { 'stand-aside': 26 },
      { decided: false, blockedBy: 'not-enough-consent' },
    ],
    ['nobody has spoken', twoThirds, {}, { none: 26, decided: false, blockedBy: 'not-enough-consent' }],
    [
      'story 3 under a 2/3 qualified majority: objections heard, not blocking',
      majority,
      { consent: 20, object: 2, 'stand-aside': 4 },
      { consent: 20, object: 2, standAside: 4, decided: true, blockedBy: null, consentNeeded: 18 },
    ],
    [
      'qualified majority just short',
      majority,
      { consent: 17, object: 9 },
      { decided: false, blockedBy: 'not-enough-consent' },
    ],
    [
      'one objection among 25 consents',
      twoThirds,
      { consent: 25, object: 1 },
      { decided: false, blockedBy: 'open-objections' },
    ],
  ] as const)('%s', (_, rule, counts, expected) => {
    const tally = consentTally({ stances: stances(counts), partnerOrganisationIds: organisations, rule });
    expect(tally).toMatchObject({ total: 26, ...expected });
    expect(tally.consent + tally.object + tally.standAside + tally.none).toBe(26);
  });

  it('counts the last stance of each organisation, and only partner organisations', () => {
    const tally = consentTally({
      stances: [
        { organisationId: 'a', stance: 'object' },
        { organisationId: 'b', stance: 'consent' },
        { organisationId: 'stranger', stance: 'object' },
        { organisationId: 'a', stance: 'consent' },
      ],
      partnerOrganisationIds: ['a', 'b', 'c'],
      rule: twoThirds,
    });
    expect(tally).toMatchObject({ total: 3, consent: 2, object: 0, none: 1, decided: true });
  });

  it('validates rules and stances: a share between 0 and 1, a reason with every objection', () => {
    expect(DecisionRuleSchema.safeParse({ kind: 'no-objection-and-share', share: 1.5 }).success).toBe(false);
    expect(DecisionRuleSchema.safeParse({ kind: 'unanimity-of-participants' }).success).toBe(true);
    expect(ConsentCreateSchema.safeParse({ stance: 'object' }).success).toBe(false);
    expect(ConsentCreateSchema.safeParse({ stance: 'object', reason: 'De termijn is niet haalbaar.' }).success).toBe(
      true,
    );
    expect(ConsentCreateSchema.safeParse({ stance: 'stand-aside' }).success).toBe(true);
  });
});

describe('the clause diff', () => {
  const clause = (id: string, text: string, title = id.toUpperCase()): Clause => ({ id, title, text });
  const a = clause('a', 'We bellen elkaar binnen twee werkdagen terug.');
  const b = clause('b', 'De casusregisseur is de eerste aanspreekpersoon.');
  const c = clause('c', 'We evalueren elk kwartaal.');
  const d = clause('d', 'Nieuwe partners krijgen een maatje.');
  const summary = (from: Clause[], to: Clause[]) =>
    diffVersions({ from: { clauses: from }, to: { clauses: to } }).map(
      (entry) => `${entry.clauseId}:${entry.change}${entry.moved && entry.change !== 'moved' ? '+moved' : ''}`,
    );

  it.each([
    ['nothing changed', [a, b, c], [a, b, c], ['a:unchanged', 'b:unchanged', 'c:unchanged']],
    ['a clause added at the end', [a, b], [a, b, d], ['a:unchanged', 'b:unchanged', 'd:added']],
    [
      'a clause removed in the middle stays in its place',
      [a, b, c],
      [a, c],
      ['a:unchanged', 'b:removed', 'c:unchanged'],
    ],
    ['the first clause removed', [a, b], [b], ['a:removed', 'b:unchanged']],
    ['two removed in a row', [a, b, c, d], [a, d], ['a:unchanged', 'b:removed', 'c:removed', 'd:unchanged']],
    ['one clause moved to the front', [a, b, c], [c, a, b], ['c:moved', 'a:unchanged', 'b:unchanged']],
    [
      'a changed clause',
      [a, b],
      [a, { ...b, text: 'De casusregisseur is de enige aanspreekpersoon.' }],
      ['a:unchanged', 'b:changed'],
    ],
    ['a retitled clause counts as changed', [a], [{ ...a, title: 'Terugbellen' }], ['a:changed']],
    [
      'a changed clause that moved',
      [a, b, c],
      [{ ...c, text: 'Anders.' }, a, b],
      ['c:changed+moved', 'a:unchanged', 'b:unchanged'],
    ],
    ['everything replaced', [a, b], [c, d], ['a:removed', 'b:removed', 'c:added', 'd:added']],
  ] as const)('%s', (_, from, to, expected) => {
    expect(summary([...from], [...to])).toEqual(expected);
  });

  it('gives word-level insertions and deletions inside a changed clause, and the whole text otherwise', () => {
    const [changed] = diffVersions({
      from: { clauses: [b] },
      to: { clauses: [{ ...b, text: 'De casusregisseur is de enige aanspreekpersoon.' }] },
    });
    expect(changed!.parts.filter((part) => part.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'eerste' },
      { kind: 'insert', text: 'enige' },
    ]);
    expect(
      changed!.parts
        .filter((part) => part.kind !== 'insert')
        .map((part) => part.text)
        .join(''),
    ).toBe(b.text);
    const [added, removed] = diffVersions({ from: { clauses: [c] }, to: { clauses: [d] } }).sort((x, y) =>
      x.change.localeCompare(y.change),
    );
    expect(added).toMatchObject({ change: 'added', toIndex: 0, parts: [{ kind: 'insert', text: d.text }] });
    expect(removed).toMatchObject({ change: 'removed', fromIndex: 0, parts: [{ kind: 'delete', text: c.text }] });
  });

  it('counts a clause whose lessons changed as changed, and names the lessons added and removed', () => {
    const [linked] = diffVersions({
      from: { clauses: [{ ...a, lessonIds: ['l1', 'l2'] }] },
      to: { clauses: [{ ...a, lessonIds: ['l2', 'l3'] }] },
    });
    expect(linked).toMatchObject({
      change: 'changed',
      parts: [{ kind: 'equal', text: a.text }],
      lessonIdsAdded: ['l3'],
      lessonIdsRemoved: ['l1'],
    });
    const [same] = diffVersions({
      from: { clauses: [{ ...a, lessonIds: ['l1'] }] },
      to: { clauses: [{ ...a, lessonIds: ['l1'] }] },
    });
    expect(same).toMatchObject({ change: 'unchanged', lessonIdsAdded: [], lessonIdsRemoved: [] });
  });
});

describe('roundPhase', () => {
  it.each([
    { status: 'concept', round: 0, decided: false, phase: 'not-proposed' },
    { status: 'concept', round: 2, decided: false, phase: 'back-to-concept' },
    { status: 'proposed', round: 1, decided: false, phase: 'open' },
    { status: 'proposed', round: 1, decided: true, phase: 'decided' },
    { status: 'beta', round: 1, decided: true, phase: 'in-force' },
    { status: 'adopted', round: 1, decided: false, phase: 'in-force' },
    { status: 'superseded', round: 1, decided: true, phase: 'ended' },
    { status: 'withdrawn', round: 0, decided: false, phase: 'ended' },
  ] as const)('is $phase for a $status version (round $round, decided $decided)', ({ phase, ...input }) => {
    expect(roundPhase(input)).toBe(phase);
  });
});
