import { addDays, calendarDateAt, daysBetween } from '../common/calendar.js';
import type { Reference } from '../common/schema.js';
import type { ChainApproachStatus, GalaBudgetLine, GalaMilestone } from './schema.js';

/** What the dashboard needs of a plan. */
export interface DashboardPlan {
  readonly id: string;
  readonly municipality: Reference | null;
  readonly goals: readonly string[];
  readonly chainApproaches: readonly { code: string; status: ChainApproachStatus }[];
  readonly budget: readonly Pick<GalaBudgetLine, 'block' | 'year' | 'plannedCents' | 'spentCents'>[];
  readonly milestones: readonly Pick<GalaMilestone, 'id' | 'title' | 'dueDate' | 'status'>[];
}

export interface DueMilestone<M> {
  readonly planId: string;
  readonly municipality: Reference | null;
  readonly milestone: M;
  /** Days from today to the due date: negative when overdue, 0 when due today. */
  readonly daysLeft: number;
}

/**
 * Milestones not done yet: overdue (due before today) and due within the next `withinDays` days (today included), each
 * soonest first. Today is the day in the Netherlands at `now`.
 */
export function milestonesDue<P extends DashboardPlan>({
  plans,
  now,
  withinDays = 30,
}: {
  plans: readonly P[];
  now: Date;
  withinDays?: number;
}): { overdue: DueMilestone<P['milestones'][number]>[]; dueSoon: DueMilestone<P['milestones'][number]>[] } {
  const today = calendarDateAt(now);
  const horizon = addDays({ date: today, days: withinDays });
  const open = plans.flatMap((plan) =>
    plan.milestones
      .filter((milestone) => milestone.status !== 'done' && milestone.dueDate <= horizon)
      .map((milestone) => ({
        planId: plan.id,
        municipality: plan.municipality,
        milestone,
        daysLeft: daysBetween({ from: today, to: milestone.dueDate }),
      })),
  );
  open.sort((a, b) => a.daysLeft - b.daysLeft);
  return { overdue: open.filter((due) => due.daysLeft < 0), dueSoon: open.filter((due) => due.daysLeft >= 0) };
}

export interface BudgetTotal {
  readonly block: string;
  readonly year: number;
  readonly plannedCents: number;
  readonly spentCents: number;
}

/** Planned against spent per budget block and year, summed over the plans; ordered by block as given, then year. */
export function budgetTotals({
  plans,
  blocks,
  year,
}: {
  plans: readonly Pick<DashboardPlan, 'budget'>[];
  /** The block codes in the order to show them (the budget-block list). */
  blocks: readonly string[];
  /** Only this year, when given. */
  year?: number;
}): BudgetTotal[] {
  const totals = new Map<string, { block: string; year: number; plannedCents: number; spentCents: number }>();
  for (const plan of plans) {
    for (const line of plan.budget) {
      if (year !== undefined && line.year !== year) continue;
      const key = `${line.block}|${line.year}`;
      const total = totals.get(key) ?? { block: line.block, year: line.year, plannedCents: 0, spentCents: 0 };
      total.plannedCents += line.plannedCents;
      total.spentCents += line.spentCents;
      totals.set(key, total);
    }
  }
  const order = (block: string) => {
    const index = blocks.indexOf(block);
    return index === -1 ? blocks.length : index;
  };
  return [...totals.values()].sort(
    (a, b) => order(a.block) - order(b.block) || a.block.localeCompare(b.block) || a.year - b.year,
  );
}

export interface CoverageRow {
  readonly planId: string;
  readonly municipality: Reference | null;
  /** Per goal code: whether the plan works on it. */
  readonly goals: Record<string, boolean>;
  /**
   * Per chain approach code: its status in the plan, or null when the plan does not name it ("niet in plan", which
   * differs from a named approach that has not started).
   */
  readonly chainApproaches: Record<string, ChainApproachStatus | null>;
}

/** The matrix of goals and chain approaches per plan, with a column for every code of the lists given. */
export function coverageMatrix({
  plans,
  goals,
  chainApproaches,
}: {
  plans: readonly DashboardPlan[];
  goals: readonly string[];
  chainApproaches: readonly string[];
}): CoverageRow[] {
  return plans.map((plan) => {
    const statuses = new Map(plan.chainApproaches.map((entry) => [entry.code, entry.status]));
    return {
      planId: plan.id,
      municipality: plan.municipality,
      goals: Object.fromEntries(goals.map((code) => [code, plan.goals.includes(code)])),
      chainApproaches: Object.fromEntries(chainApproaches.map((code) => [code, statuses.get(code) ?? null])),
    };
  });
}
