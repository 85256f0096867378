import { describe, expect, it } from 'vitest';
import {
  activeTaxonomyItems,
  applyGalaPlanUpdate,
  applyTaxonomyUpdate,
  clashingPlanIndexes,
  galaMilestoneSeed,
  galaPlanDraftFromCreate,
  GalaPlanCreateSchema,
  galaPlanViolations,
  galaTaxonomySeed,
  onePlanPerPeriodViolations,
  violationsToInvalidParams,
  type GalaPlanDraft,
} from '../index.js';

const regionId = '11111111-1111-4111-8111-111111111111';
const doetinchem = '22222222-2222-4222-8222-222222222222';
const winterswijk = '33333333-3333-4333-8333-333333333333';
const taxonomy = galaTaxonomySeed();

const line = (overrides: Partial<GalaPlanDraft['budget'][number]> = {}): GalaPlanDraft['budget'][number] => ({
  block: 'sport-exercise-culture',
  year: 2024,
  plannedCents: 100_000,
  spentCents: 50_000,
  overspendReason: null,
  ...overrides,
});
const milestone = (
  overrides: Partial<GalaPlanDraft['milestones'][number]> = {},
): GalaPlanDraft['milestones'][number] => ({
  code: null,
  title: 'Plan van aanpak',
  dueDate: '2024-06-30',
  status: 'planned',
  startedOn: null,
  doneOn: null,
  ...overrides,
});
const draft = (overrides: Partial<GalaPlanDraft> = {}): GalaPlanDraft =>
  galaPlanDraftFromCreate(GalaPlanCreateSchema.parse({ regionId, municipalityId: doetinchem, ...overrides }));
const codes = (plan: GalaPlanDraft, previous?: GalaPlanDraft) =>
  galaPlanViolations({ draft: plan, taxonomy, ...(previous ? { previous } : {}) }).map((v) => `${v.path} ${v.code}`);

describe('the GALA lists', () => {
  it('are seeded with the seven goals, five chain approaches and three SPUK budget blocks, with stable codes', () => {
    expect(activeTaxonomyItems({ taxonomy, kind: 'goal' })).toHaveLength(7);
    expect(activeTaxonomyItems({ taxonomy, kind: 'chain-approach' })).toHaveLength(5);
    expect(activeTaxonomyItems({ taxonomy, kind: 'budget-block' }).map((item) => item.code)).toEqual([
      'sport-exercise-culture',
      'health-social-basis',
      'supporting-parts',
    ]);
    for (const item of taxonomy) expect(item.label.nl && item.label.en, item.code).toBeTruthy();
  });

  it('retire an item (keeping the first date), take it back, and relabel it', () => {
    const item = taxonomy.find((candidate) => candidate.code === 'fall-prevention')!;
    const retired = applyTaxonomyUpdate({ item, update: { retired: true }, now: new Date('2025-01-02T10:00:00Z') });
    expect(retired.retiredAt).toBe('2025-01-02T10:00:00.000Z');
    expect(applyTaxonomyUpdate({ item: retired, update: { retired: true }, now: new Date() }).retiredAt).toBe(
      '2025-01-02T10:00:00.000Z',
    );
    expect(applyTaxonomyUpdate({ item: retired, update: { retired: false }, now: new Date() }).retiredAt).toBeNull();
    const label = { nl: 'Valpreventie 65+', en: 'Fall prevention 65+' };
    expect(applyTaxonomyUpdate({ item, update: { label }, now: new Date() })).toMatchObject({ label, retiredAt: null });
  });
});

describe('a new plan', () => {
  it('covers 2023–2026 and starts with the standard milestones of 2023–2025 when none are given', () => {
    const plan = draft();
    expect(plan.period).toEqual({ startYear: 2023, endYear: 2026 });
    expect(plan.municipalityId).toBe(doetinchem);
    expect(plan.milestones.map((m) => m.dueDate)).toEqual(galaMilestoneSeed.map((m) => m.dueDate));
    expect(plan.milestones.every((m) => m.status === 'planned' && m.code !== null)).toBe(true);
    expect(codes(plan)).toEqual([]);
    expect(draft({ milestones: [] }).milestones).toEqual([]);
  });

  it('is for the region as a whole without a municipality', () => {
    expect(GalaPlanCreateSchema.parse({ regionId }).municipalityId).toBeNull();
  });
});

describe('the budget rules', () => {
  it.each([
    ['spent below planned', line(), []],
    ['spent equal to planned', line({ spentCents: 100_000 }), []],
    [
      'spent above planned without a reason',
      line({ spentCents: 100_001 }),
      ['budget.0.overspendReason overspend-without-reason'],
    ],
    [
      'spent above planned with a blank reason',
      line({ spentCents: 200_000, overspendReason: '  ' }),
      ['budget.0.overspendReason overspend-without-reason'],
    ],
    [
      'spent above planned with a reason',
      line({ spentCents: 200_000, overspendReason: 'Extra beweegaanbod in de zomer' }),
      [],
    ],
    ['a negative plan', line({ plannedCents: -1 }), ['budget.0.plannedCents amount-negative']],
    ['a negative spend', line({ spentCents: -100 }), ['budget.0.spentCents amount-negative']],
    ['a fraction of a cent', line({ plannedCents: 100.5 }), ['budget.0.plannedCents amount-not-whole-cents']],
    [
      'euros with decimals instead of cents',
      line({ spentCents: 12.75 }),
      ['budget.0.spentCents amount-not-whole-cents'],
    ],
    ['zero', line({ plannedCents: 0, spentCents: 0 }), []],
    ['a year before the period', line({ year: 2022 }), ['budget.0.year year-outside-period']],
    ['a year after the period', line({ year: 2027 }), ['budget.0.year year-outside-period']],
    ['the first year', line({ year: 2023 }), []],
    ['the last year', line({ year: 2026 }), []],
    ['an unknown block', line({ block: 'housing' }), ['budget.0.block unknown-code']],
  ])('%s', (_, budgetLine, expected) => {
    expect(codes(draft({ budget: [budgetLine] }))).toEqual(expected);
  });

  it('keeps years inside a shorter period', () => {
    expect(
      codes(draft({ period: { startYear: 2024, endYear: 2025 }, budget: [line({ year: 2023 })], milestones: [] })),
    ).toEqual(['budget.0.year year-outside-period']);
  });

  it('takes one line per block and year', () => {
    expect(codes(draft({ budget: [line(), line({ year: 2025 }), line({ plannedCents: 500_000 })] }))).toEqual([
      'budget.2 duplicate-budget-line',
    ]);
  });
});

describe('the period', () => {
  it.each([
    [{ startYear: 2023, endYear: 2026 }, []],
    [{ startYear: 2024, endYear: 2024 }, []],
    [{ startYear: 2022, endYear: 2026 }, ['period.startYear period-outside-spuk']],
    [{ startYear: 2023, endYear: 2027 }, ['period.endYear period-outside-spuk']],
    [{ startYear: 2025, endYear: 2024 }, ['period.endYear period-reversed']],
  ])('%j → %j', (period, expected) => {
    expect(codes(draft({ period, milestones: [] }))).toEqual(expected);
  });
});

describe('the milestone rules', () => {
  it.each([
    ['planned', milestone(), []],
    ['started', milestone({ status: 'started', startedOn: '2024-02-01' }), []],
    [
      'started without a start date',
      milestone({ status: 'started' }),
      ['milestones.0.startedOn milestone-not-started'],
    ],
    ['done after it started', milestone({ status: 'done', startedOn: '2024-02-01', doneOn: '2024-05-01' }), []],
    ['done the day it started', milestone({ status: 'done', startedOn: '2024-02-01', doneOn: '2024-02-01' }), []],
    [
      'done before it started',
      milestone({ status: 'done', startedOn: '2024-02-01', doneOn: '2024-01-31' }),
      ['milestones.0.doneOn done-before-started'],
    ],
    [
      'done without dates',
      milestone({ status: 'done' }),
      ['milestones.0.startedOn milestone-not-started', 'milestones.0.doneOn milestone-not-done'],
    ],
    [
      'a done date while not done',
      milestone({ status: 'started', startedOn: '2024-02-01', doneOn: '2024-03-01' }),
      ['milestones.0.doneOn milestone-not-done'],
    ],
    ['due outside the period', milestone({ dueDate: '2027-01-15' }), ['milestones.0.dueDate date-outside-period']],
  ])('%s', (_, entry, expected) => {
    expect(codes(draft({ milestones: [entry] }))).toEqual(expected);
  });
});

describe('goals, chain approaches and actions', () => {
  it('know the codes, once each', () => {
    expect(
      codes(
        draft({
          goals: ['vital-ageing', 'world-peace', 'vital-ageing'],
          chainApproaches: [
            { code: 'fall-prevention', status: 'running' },
            { code: 'kansrijke-start', status: 'embedded' },
          ],
        }),
      ),
    ).toEqual(['goals.1 unknown-code', 'goals.2 duplicate-code']);
  });

  it('refuse a retired item for new use, but keep it where the plan already had it', () => {
    const retiredTaxonomy = taxonomy.map((item) =>
      item.code === 'fall-prevention' ? { ...item, retiredAt: '2025-01-01T00:00:00Z' } : item,
    );
    const plan = draft({ chainApproaches: [{ code: 'fall-prevention', status: 'running' }] });
    expect(galaPlanViolations({ draft: plan, taxonomy: retiredTaxonomy }).map((v) => v.code)).toEqual(['retired-code']);
    expect(galaPlanViolations({ draft: plan, taxonomy: retiredTaxonomy, previous: plan })).toEqual([]);
  });

  it('have actions due inside the period', () => {
    const action = {
      what: 'Beweegmakelaar aanstellen',
      partnerOrganisationId: null,
      status: 'planned',
      dueDate: '2028-01-01',
    } as const;
    expect(codes(draft({ actions: [action, { ...action, dueDate: null }] }))).toEqual([
      'actions.0.dueDate date-outside-period',
    ]);
  });
});

describe('free text', () => {
  it('passes the privacy guard: a note naming a resident is refused where it is, without repeating it', () => {
    const violations = galaPlanViolations({
      draft: draft({
        progressNotes: [
          { date: '2024-03-01', text: 'Valpreventie loopt in drie kernen.' },
          { date: '2024-04-01', text: 'Mevrouw Jansen (06-12345678) deed mee.' },
        ],
      }),
      taxonomy,
    });
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.path === 'progressNotes.1.text' && v.code === 'identifier-found')).toBe(true);
    expect(violations.map((v) => v.kind)).toContain('phone');
    expect(JSON.stringify(violations)).not.toContain('12345678');
  });

  it('turn into the invalid params of a 422', () => {
    const [first] = galaPlanViolations({ draft: draft({ budget: [line({ spentCents: -1 })] }), taxonomy });
    expect(violationsToInvalidParams({ violations: [first!] })).toEqual([
      { name: 'body.budget.0.spentCents', reason: first!.message, code: 'amount-negative' },
    ]);
  });
});

describe('one plan per municipality and period', () => {
  const stored = [
    { id: 'a', regionId, municipalityId: doetinchem, period: { startYear: 2023, endYear: 2026 } },
    { id: 'b', regionId, municipalityId: null, period: { startYear: 2023, endYear: 2024 } },
  ];
  it.each([
    [
      'the same municipality and period',
      { regionId, municipalityId: doetinchem, period: { startYear: 2023, endYear: 2026 } },
      ['municipalityId plan-exists'],
    ],
    [
      'an overlapping period',
      { regionId, municipalityId: doetinchem, period: { startYear: 2026, endYear: 2026 } },
      ['municipalityId plan-exists'],
    ],
    ['another municipality', { regionId, municipalityId: winterswijk, period: { startYear: 2023, endYear: 2026 } }, []],
    [
      'the plan itself, changed',
      { id: 'a', regionId, municipalityId: doetinchem, period: { startYear: 2024, endYear: 2026 } },
      [],
    ],
    [
      'the region as a whole again',
      { regionId, municipalityId: null, period: { startYear: 2024, endYear: 2026 } },
      ['regionId plan-exists'],
    ],
    [
      'the region as a whole, later',
      { regionId, municipalityId: null, period: { startYear: 2025, endYear: 2026 } },
      [],
    ],
  ])('%s', (_, plan, expected) => {
    expect(onePlanPerPeriodViolations({ plan, others: stored }).map((v) => `${v.path} ${v.code}`)).toEqual(expected);
  });

  it('finds the clashes inside one list', () => {
    expect(
      clashingPlanIndexes([
        ...stored,
        { regionId, municipalityId: doetinchem, period: { startYear: 2025, endYear: 2025 } },
      ]),
    ).toEqual([2]);
  });
});

describe('an update', () => {
  it('replaces only the lists it gives', () => {
    const current = draft({ goals: ['vital-ageing'] });
    const next = applyGalaPlanUpdate({ current, update: { goals: ['healthy-lifestyle'] } });
    expect(next.goals).toEqual(['healthy-lifestyle']);
    expect(next.milestones).toBe(current.milestones);
  });
});
