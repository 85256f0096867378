import { describe, expect, it } from 'vitest';
import { budgetTotals, coverageMatrix, milestonesDue, type DashboardPlan } from '../index.js';

const now = new Date('2025-04-10T08:00:00Z');
const doetinchem = { id: 'doetinchem', name: 'Gemeente Doetinchem' };
const milestone = (id: string, dueDate: string, status: 'planned' | 'started' | 'done' = 'planned') => ({
  id,
  title: id,
  dueDate,
  status,
});
const plan = (id: string, overrides: Partial<DashboardPlan> = {}): DashboardPlan => ({
  id,
  municipality: doetinchem,
  goals: [],
  chainApproaches: [],
  budget: [],
  milestones: [],
  ...overrides,
});

describe('the GALA dashboard', () => {
  it('splits open milestones into overdue and due within 30 days, soonest first', () => {
    const plans = [
      plan('a', {
        milestones: [
          milestone('mid-term-review', '2025-04-30'),
          milestone('progress-report', '2024-12-31', 'started'),
          milestone('done-long-ago', '2023-03-31', 'done'),
          milestone('far-away', '2025-09-30'),
        ],
      }),
      plan('b', {
        municipality: null,
        milestones: [milestone('today', '2025-04-10'), milestone('day-30', '2025-05-10')],
      }),
    ];
    const { overdue, dueSoon } = milestonesDue({ plans, now });
    expect(overdue.map((due) => `${due.planId} ${due.milestone.id} ${due.daysLeft}`)).toEqual([
      'a progress-report -100',
    ]);
    expect(dueSoon.map((due) => `${due.planId} ${due.milestone.id} ${due.daysLeft}`)).toEqual([
      'b today 0',
      'a mid-term-review 20',
      'b day-30 30',
    ]);
  });

  it('sums the budget per block and year, in the order of the blocks, for one year when asked', () => {
    const line = (block: string, year: number, plannedCents: number, spentCents: number) => ({
      block,
      year,
      plannedCents,
      spentCents,
    });
    const plans = [
      plan('a', {
        budget: [line('supporting-parts', 2024, 100, 50), line('sport-exercise-culture', 2024, 1_000, 900)],
      }),
      plan('b', {
        budget: [line('sport-exercise-culture', 2024, 500, 700), line('sport-exercise-culture', 2023, 10, 10)],
      }),
    ];
    const blocks = ['sport-exercise-culture', 'health-social-basis', 'supporting-parts'];
    expect(budgetTotals({ plans, blocks })).toEqual([
      line('sport-exercise-culture', 2023, 10, 10),
      line('sport-exercise-culture', 2024, 1_500, 1_600),
      line('supporting-parts', 2024, 100, 50),
    ]);
    expect(budgetTotals({ plans, blocks, year: 2023 })).toEqual([line('sport-exercise-culture', 2023, 10, 10)]);
  });

  it('draws the matrix of goals and chain approaches per plan; an approach the plan does not name is not in it', () => {
    const [row] = coverageMatrix({
      plans: [
        plan('a', {
          goals: ['vital-ageing'],
          chainApproaches: [
            { code: 'fall-prevention', status: 'running' },
            { code: 'welzijn-op-recept', status: 'not-started' },
          ],
        }),
      ],
      goals: ['vital-ageing', 'healthy-lifestyle'],
      chainApproaches: ['fall-prevention', 'kansrijke-start', 'welzijn-op-recept'],
    });
    expect(row).toEqual({
      planId: 'a',
      municipality: doetinchem,
      goals: { 'vital-ageing': true, 'healthy-lifestyle': false },
      chainApproaches: { 'fall-prevention': 'running', 'kansrijke-start': null, 'welzijn-op-recept': 'not-started' },
    });
  });
});
