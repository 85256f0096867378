import { yearOf } from '../common/calendar.js';
import type { RuleViolation } from '../common/violation.js';
import { findIdentifiersInFields } from '../privacy/rules.js';
import { seedMilestones } from './milestones.js';
import {
  galaPeriodBounds,
  type GalaPeriod,
  type GalaPlanCreate,
  type GalaPlanDraft,
  type GalaPlanUpdate,
} from './schema.js';
import type { GalaTaxonomyItem, GalaTaxonomyKind } from './taxonomy.js';

export const galaRuleCodes = [
  'period-outside-spuk',
  'period-reversed',
  'amount-negative',
  'amount-not-whole-cents',
  'year-outside-period',
  'date-outside-period',
  'overspend-without-reason',
  'duplicate-budget-line',
  'milestone-not-started',
  'milestone-not-done',
  'done-before-started',
  'unknown-code',
  'retired-code',
  'duplicate-code',
  'identifier-found',
  'plan-exists',
] as const;
export type GalaRuleCode = (typeof galaRuleCodes)[number];
export type GalaViolation = RuleViolation<GalaRuleCode>;

const violation = (path: string, code: GalaRuleCode, message: string): GalaViolation => ({ path, code, message });

/** A plan's ETag: its revision, quoted; it comes back as `If-Match`. */
export function galaPlanEtag(revision: number): string {
  return `"${revision}"`;
}

/** The period lies inside the SPUK years (2023–2026) and does not end before it starts. */
export function periodViolations({ period, path = 'period' }: { period: GalaPeriod; path?: string }): GalaViolation[] {
  const found: GalaViolation[] = [];
  const { startYear, endYear } = galaPeriodBounds;
  for (const end of ['startYear', 'endYear'] as const) {
    if (period[end] < startYear || period[end] > endYear)
      found.push(
        violation(`${path}.${end}`, 'period-outside-spuk', `Kies een jaar van ${startYear} tot en met ${endYear}.`),
      );
  }
  if (period.endYear < period.startYear)
    found.push(violation(`${path}.endYear`, 'period-reversed', 'Het eindjaar ligt vóór het beginjaar.'));
  return found;
}

/** An amount is a non-negative whole number of euro cents. */
export function centsViolations({ value, path }: { value: number; path: string }): GalaViolation[] {
  if (!Number.isFinite(value) || !Number.isInteger(value))
    return [
      violation(
        path,
        'amount-not-whole-cents',
        'Een bedrag is een heel aantal eurocent (bijvoorbeeld 125000 voor € 1.250,00).',
      ),
    ];
  if (value < 0) return [violation(path, 'amount-negative', 'Een bedrag kan niet negatief zijn.')];
  return [];
}

/** A year of the plan lies inside its period. */
export function yearViolations({
  year,
  period,
  path,
}: {
  year: number;
  period: GalaPeriod;
  path: string;
}): GalaViolation[] {
  return year < period.startYear || year > period.endYear
    ? [
        violation(
          path,
          'year-outside-period',
          `Kies een jaar binnen de looptijd (${period.startYear}–${period.endYear}).`,
        ),
      ]
    : [];
}

/**
 * The budget lines: amounts in whole cents, years inside the period, one line per block and year, and spending above
 * the plan only with a reason.
 */
export function budgetViolations({
  budget,
  period,
  path = 'budget',
}: {
  budget: GalaPlanDraft['budget'];
  period: GalaPeriod;
  path?: string;
}): GalaViolation[] {
  const found: GalaViolation[] = [];
  const seen = new Set<string>();
  budget.forEach((line, index) => {
    const at = `${path}.${index}`;
    const plannedWrong = centsViolations({ value: line.plannedCents, path: `${at}.plannedCents` });
    const spentWrong = centsViolations({ value: line.spentCents, path: `${at}.spentCents` });
    found.push(...plannedWrong, ...spentWrong);
    found.push(...yearViolations({ year: line.year, period, path: `${at}.year` }));
    const key = `${line.block}|${line.year}`;
    if (seen.has(key))
      found.push(violation(at, 'duplicate-budget-line', `Er is al een regel voor ${line.block} in ${line.year}.`));
    seen.add(key);
    const reason = line.overspendReason?.trim() ?? '';
    if (plannedWrong.length === 0 && spentWrong.length === 0 && line.spentCents > line.plannedCents && reason === '')
      found.push(
        violation(
          `${at}.overspendReason`,
          'overspend-without-reason',
          'Er is meer uitgegeven dan begroot: geef de reden.',
        ),
      );
  });
  return found;
}

/**
 * Milestones: a started milestone has its start date, a done one its start and done dates, and it cannot be done
 * before it started; the due date lies inside the period.
 */
export function milestoneViolations({
  milestones,
  period,
  path = 'milestones',
}: {
  milestones: GalaPlanDraft['milestones'];
  period: GalaPeriod;
  path?: string;
}): GalaViolation[] {
  const found: GalaViolation[] = [];
  milestones.forEach((milestone, index) => {
    const at = `${path}.${index}`;
    const dueYear = yearOf(milestone.dueDate);
    if (dueYear < period.startYear || dueYear > period.endYear)
      found.push(
        violation(
          `${at}.dueDate`,
          'date-outside-period',
          `Kies een datum binnen de looptijd (${period.startYear}–${period.endYear}).`,
        ),
      );
    if (milestone.status !== 'planned' && milestone.startedOn === null)
      found.push(violation(`${at}.startedOn`, 'milestone-not-started', 'Geef de datum waarop de mijlpaal is gestart.'));
    if (milestone.status === 'done' && milestone.doneOn === null)
      found.push(violation(`${at}.doneOn`, 'milestone-not-done', 'Geef de datum waarop de mijlpaal is behaald.'));
    if (milestone.status !== 'done' && milestone.doneOn !== null)
      found.push(
        violation(
          `${at}.doneOn`,
          'milestone-not-done',
          'Een mijlpaal die niet behaald is heeft geen datum van behalen.',
        ),
      );
    if (milestone.doneOn !== null && milestone.startedOn !== null && milestone.doneOn < milestone.startedOn)
      found.push(
        violation(`${at}.doneOn`, 'done-before-started', 'Een mijlpaal kan niet behaald zijn vóórdat hij startte.'),
      );
  });
  return found;
}

/** Actions are due inside the period. */
export function actionViolations({
  actions,
  period,
  path = 'actions',
}: {
  actions: GalaPlanDraft['actions'];
  period: GalaPeriod;
  path?: string;
}): GalaViolation[] {
  return actions.flatMap((action, index) => {
    if (action.dueDate === null) return [];
    const year = yearOf(action.dueDate);
    return year < period.startYear || year > period.endYear
      ? [
          violation(
            `${path}.${index}.dueDate`,
            'date-outside-period',
            `Kies een datum binnen de looptijd (${period.startYear}–${period.endYear}).`,
          ),
        ]
      : [];
  });
}

/**
 * Codes of one GALA list: known, used once, and not retired — unless the plan already used the code before it was
 * retired (`previousCodes`), so a retired item keeps its history without being chosen anew.
 */
export function taxonomyCodeViolations({
  codes,
  kind,
  taxonomy,
  previousCodes = [],
  path,
}: {
  codes: readonly string[];
  kind: GalaTaxonomyKind;
  taxonomy: readonly GalaTaxonomyItem[];
  previousCodes?: readonly string[];
  /** Where the code sits: `goals.2`, `budget.0.block`. */
  path: (index: number) => string;
}): GalaViolation[] {
  const items = new Map(taxonomy.filter((item) => item.kind === kind).map((item) => [item.code, item]));
  const kept = new Set(previousCodes);
  const found: GalaViolation[] = [];
  codes.forEach((code, index) => {
    const item = items.get(code);
    if (!item) found.push(violation(path(index), 'unknown-code', `Onbekende code: ${code}.`));
    else if (item.retiredAt !== null && !kept.has(code))
      found.push(violation(path(index), 'retired-code', `${item.label.nl} is niet meer in gebruik.`));
  });
  return found;
}

function duplicateCodeViolations(codes: readonly string[], path: (index: number) => string): GalaViolation[] {
  const seen = new Set<string>();
  return codes.flatMap((code, index) => {
    const duplicate = seen.has(code);
    seen.add(code);
    return duplicate ? [violation(path(index), 'duplicate-code', `${code} staat er al in.`)] : [];
  });
}

/** Every free text of the plan through the privacy guard: a plan describes work, never a person. */
export function planTextViolations(
  draft: Pick<GalaPlanDraft, 'actions' | 'budget' | 'milestones' | 'progressNotes'>,
): GalaViolation[] {
  const fields: Record<string, string | null> = {};
  draft.actions.forEach((action, index) => (fields[`actions.${index}.what`] = action.what));
  draft.budget.forEach((line, index) => (fields[`budget.${index}.overspendReason`] = line.overspendReason));
  draft.milestones.forEach((milestone, index) => (fields[`milestones.${index}.title`] = milestone.title));
  draft.progressNotes.forEach((note, index) => (fields[`progressNotes.${index}.text`] = note.text));
  return findIdentifiersInFields(fields).map(({ field, kind, start, end }) => ({
    path: field,
    code: 'identifier-found',
    message: 'Deze tekst lijkt iemand te identificeren; beschrijf het werk, niet de persoon.',
    kind,
    start,
    end,
  }));
}

/**
 * Every rule of one plan at once, so a person sees all that is wrong in one answer. `previous` is the stored plan when
 * changing one: codes it already used may stay although retired since.
 */
export function galaPlanViolations({
  draft,
  taxonomy,
  previous,
}: {
  draft: GalaPlanDraft;
  taxonomy: readonly GalaTaxonomyItem[];
  previous?: GalaPlanDraft;
}): GalaViolation[] {
  const period = draft.period;
  const approachCodes = draft.chainApproaches.map((entry) => entry.code);
  const blockCodes = draft.budget.map((line) => line.block);
  return [
    ...periodViolations({ period }),
    ...taxonomyCodeViolations({
      codes: draft.goals,
      kind: 'goal',
      taxonomy,
      previousCodes: previous?.goals ?? [],
      path: (index) => `goals.${index}`,
    }),
    ...duplicateCodeViolations(draft.goals, (index) => `goals.${index}`),
    ...taxonomyCodeViolations({
      codes: approachCodes,
      kind: 'chain-approach',
      taxonomy,
      previousCodes: previous?.chainApproaches.map((entry) => entry.code) ?? [],
      path: (index) => `chainApproaches.${index}.code`,
    }),
    ...duplicateCodeViolations(approachCodes, (index) => `chainApproaches.${index}.code`),
    ...taxonomyCodeViolations({
      codes: blockCodes,
      kind: 'budget-block',
      taxonomy,
      previousCodes: previous?.budget.map((line) => line.block) ?? [],
      path: (index) => `budget.${index}.block`,
    }),
    ...budgetViolations({ budget: draft.budget, period }),
    ...milestoneViolations({ milestones: draft.milestones, period }),
    ...actionViolations({ actions: draft.actions, period }),
    ...planTextViolations(draft),
  ];
}

/** What makes two plans the same: the region, the municipality (null for the region as a whole) and the years. */
export interface GalaPlanKey {
  readonly id?: string;
  readonly regionId: string;
  readonly municipalityId: string | null;
  readonly period: GalaPeriod;
}

function overlaps(a: GalaPeriod, b: GalaPeriod): boolean {
  return a.startYear <= b.endYear && b.startYear <= a.endYear;
}

function sameSubject(a: GalaPlanKey, b: GalaPlanKey): boolean {
  return a.regionId === b.regionId && a.municipalityId === b.municipalityId;
}

/**
 * One plan per municipality (or region as a whole) and period: a plan whose years overlap another plan of the same
 * municipality is refused. `others` are the stored plans (the plan itself, by id, is skipped).
 */
export function onePlanPerPeriodViolations({
  plan,
  others,
}: {
  plan: GalaPlanKey;
  others: readonly GalaPlanKey[];
}): GalaViolation[] {
  const clash = others.find(
    (other) =>
      (plan.id === undefined || other.id !== plan.id) &&
      sameSubject(plan, other) &&
      overlaps(plan.period, other.period),
  );
  if (!clash) return [];
  return [
    violation(
      plan.municipalityId === null ? 'regionId' : 'municipalityId',
      'plan-exists',
      `Er is al een plan voor ${clash.period.startYear}–${clash.period.endYear}; één plan per gemeente en periode.`,
    ),
  ];
}

/** Within one list (an import): the indexes of the plans that clash with an earlier plan of the list. */
export function clashingPlanIndexes(plans: readonly GalaPlanKey[]): number[] {
  return plans.flatMap((plan, index) =>
    plans.slice(0, index).some((earlier) => sameSubject(plan, earlier) && overlaps(plan.period, earlier.period))
      ? [index]
      : [],
  );
}

/** The draft a create request describes; without milestones it starts with the standard GALA milestones. */
export function galaPlanDraftFromCreate(create: GalaPlanCreate): GalaPlanDraft {
  const { milestones, ...rest } = create;
  return { ...rest, milestones: milestones ?? seedMilestones() };
}

/** The stored plan with an update applied: every list given replaces the whole list. */
export function applyGalaPlanUpdate({
  current,
  update,
}: {
  current: GalaPlanDraft;
  update: GalaPlanUpdate;
}): GalaPlanDraft {
  const changes = Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined));
  return { ...current, ...changes };
}

/** An item relabelled or retired (or taken back into use) at `now`; retiring twice keeps the first date. */
export function applyTaxonomyUpdate({
  item,
  update,
  now,
}: {
  item: GalaTaxonomyItem;
  update: { label?: GalaTaxonomyItem['label']; retired?: boolean };
  now: Date;
}): GalaTaxonomyItem {
  const retiredAt =
    update.retired === undefined ? item.retiredAt : update.retired ? (item.retiredAt ?? now.toISOString()) : null;
  return { ...item, label: update.label ?? item.label, retiredAt };
}

/** The items of a list that may be chosen now, in their order. */
export function activeTaxonomyItems({
  taxonomy,
  kind,
}: {
  taxonomy: readonly GalaTaxonomyItem[];
  kind: GalaTaxonomyKind;
}): GalaTaxonomyItem[] {
  return taxonomy.filter((item) => item.kind === kind && item.retiredAt === null);
}
