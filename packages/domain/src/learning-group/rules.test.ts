import { describe, expect, it } from 'vitest';
import type { DecisionRule } from '../agreement/rules.js';
import { judgeLearningGroupPeriod, judgeMemberRegion, regionConsentTally, regionsStillRepresented } from './rules.js';
import { LearningGroupCreateSchema, LearningGroupMemberCreateSchema, LearningGroupUpdateSchema } from './schema.js';

const achterhoek = '00000000-0000-4000-8000-000000000001';
const twente = '00000000-0000-4000-8000-000000000002';
const limburg = '00000000-0000-4000-8000-000000000003';

describe('the period of a learning group', () => {
  it.each([
    [null, null, true],
    ['2026-01-01', null, true],
    [null, '2026-01-01', true],
    ['2026-01-01', '2026-01-01', true],
    ['2026-01-01', '2026-12-31', true],
    ['2026-12-31', '2026-01-01', false],
  ])('%s – %s → ok %s', (startDate, endDate, ok) => {
    expect(judgeLearningGroupPeriod({ startDate, endDate }).ok).toBe(ok);
  });

  it('is refused at the end date by the create and update schemas', () => {
    const create = LearningGroupCreateSchema.safeParse({
      name: 'Leergroep',
      regionIds: [achterhoek],
      startDate: '2026-06-01',
      endDate: '2026-05-31',
    });
    expect(create.success).toBe(false);
    expect(create.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['endDate']);
    expect(LearningGroupUpdateSchema.safeParse({ startDate: '2026-06-01', endDate: '2026-01-01' }).success).toBe(false);
  });
});

describe('the regions of a learning group', () => {
  it.each([
    [[], false],
    [[achterhoek], true],
    [[achterhoek, twente], true],
    [[achterhoek, achterhoek], false],
  ])('%j → valid %s', (regionIds, valid) => {
    expect(LearningGroupCreateSchema.safeParse({ name: 'Leergroep', regionIds }).success).toBe(valid);
  });

  it('names the regions members still represent when a change would drop them', () => {
    expect(
      regionsStillRepresented({ regionIds: [achterhoek], memberRegionIds: [achterhoek, twente, twente, null] }),
    ).toEqual([twente]);
    expect(regionsStillRepresented({ regionIds: [achterhoek, twente], memberRegionIds: [achterhoek, null] })).toEqual(
      [],
    );
  });
});

describe('the region a member represents', () => {
  const groupRegionIds = [achterhoek, twente];
  it.each([
    ['partner', achterhoek, { ok: true }],
    ['partner', null, { ok: false, reason: 'region-required' }],
    ['partner', limburg, { ok: false, reason: 'region-not-in-group' }],
    ['coordinator', null, { ok: true }],
    ['coordinator', limburg, { ok: false, reason: 'region-not-in-group' }],
    ['experience-expert', twente, { ok: true }],
  ] as const)('%s for %s → %j', (role, regionId, verdict) => {
    expect(judgeMemberRegion({ groupRegionIds, regionId, role })).toEqual(verdict);
  });

  it('leaves the region out as null when a member names none', () => {
    expect(LearningGroupMemberCreateSchema.parse({ personId: achterhoek, role: 'coordinator' }).regionId).toBeNull();
  });
});

describe('the consent tally of a learning group, one stance per region', () => {
  const regionIds = [achterhoek, twente, limburg];
  const twoThirds: DecisionRule = { kind: 'no-objection-and-share', share: 2 / 3 };
  const majority: DecisionRule = { kind: 'qualified-majority', share: 2 / 3 };

  it('counts a region once, by its last stance', () => {
    const tally = regionConsentTally({
      stances: [
        { regionId: achterhoek, stance: 'object' },
        { regionId: achterhoek, stance: 'consent' },
        { regionId: twente, stance: 'consent' },
      ],
      regionIds,
      rule: twoThirds,
    });
    expect(tally).toMatchObject({ total: 3, consent: 2, object: 0, none: 1, decided: true, consentNeeded: 2 });
  });

  it.each([
    [twoThirds, [['consent'], ['object']], false, 'open-objections'],
    [majority, [['consent'], ['consent'], ['object']], true, null],
    [twoThirds, [['consent'], ['stand-aside']], false, 'not-enough-consent'],
    [{ kind: 'unanimity-of-participants' } as DecisionRule, [['consent'], ['stand-aside']], false, 'missing-stances'],
  ] as const)('%j with %j → decided %s (%s)', (rule, stances, decided, blockedBy) => {
    const tally = regionConsentTally({
      stances: stances.map(([stance], index) => ({ regionId: regionIds[index]!, stance })),
      regionIds,
      rule,
    });
    expect(tally.decided).toBe(decided);
    expect(tally.blockedBy).toBe(blockedBy);
  });

  it('ignores a stance for a region that does not take part', () => {
    const tally = regionConsentTally({
      stances: [{ regionId: '00000000-0000-4000-8000-000000000009', stance: 'consent' }],
      regionIds,
      rule: twoThirds,
    });
    expect(tally).toMatchObject({ consent: 0, none: 3, decided: false });
  });
});
