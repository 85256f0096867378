import type { GalaPlan } from '@leerkring/domain';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api-client';
import { amountErrors, draftOf, newNoteFieldId, planFieldIds, planRefusals, updateOf } from './plan-draft';

const person = { id: '00000000-0000-4000-8000-000000000001', name: 'Cor Wissink' };
const plan: GalaPlan = {
  id: '00000000-0000-4000-8000-000000000010',
  region: { id: '00000000-0000-4000-8000-000000000020', name: 'Achterhoek' },
  municipality: { id: '00000000-0000-4000-8000-000000000030', name: 'Gemeente Aalten' },
  period: { startYear: 2023, endYear: 2026 },
  goals: ['social-basis'],
  chainApproaches: [{ code: 'kansrijke-start', status: 'preparing' }],
  actions: [{ id: 'a1', what: 'Wijkaanpak', partner: { id: 'o1', name: 'GGD' }, status: 'running', dueDate: null }],
  budget: [
    { block: 'supporting-parts', year: 2024, plannedCents: 5_500_000, spentCents: 5_335_050, overspendReason: null },
    { block: 'health-social-basis', year: 2023, plannedCents: 100, spentCents: 0, overspendReason: null },
  ],
  partners: [],
  milestones: [
    {
      id: 'm1',
      code: null,
      title: 'Monitor',
      dueDate: '2026-01-10',
      status: 'started',
      startedOn: '2025-11-01',
      doneOn: null,
    },
  ],
  progressNotes: [{ id: 'n1', date: '2024-11-15', text: 'Loopt goed.', author: person }],
  revision: 3,
  createdAt: '2024-01-01T10:00:00+01:00',
  updatedAt: '2024-11-15T10:00:00+01:00',
};

describe('the plan form', () => {
  it('edits amounts in euros, budget lines by year, and sends every list back in full', () => {
    const draft = draftOf(plan);
    expect(draft.budget.map((line) => [line.year, line.planned, line.spent])).toEqual([
      [2023, '1', '0'],
      [2024, '55000', '53350,50'],
    ]);
    draft.budget[1]!.spent = '56.000';
    draft.budget[1]!.overspendReason = 'Extra groep';
    draft.newNote = 'Tweede groep gestart.';
    const update = updateOf(draft, '2025-12-01');
    expect(update.budget?.[1]).toEqual({
      block: 'supporting-parts',
      year: 2024,
      plannedCents: 5_500_000,
      spentCents: 5_600_000,
      overspendReason: 'Extra groep',
    });
    expect(update.actions).toEqual([
      { id: 'a1', what: 'Wijkaanpak', partnerOrganisationId: 'o1', status: 'running', dueDate: null },
    ]);
    expect(update.chainApproaches).toEqual([{ code: 'kansrijke-start', status: 'preparing' }]);
    expect(update.milestones?.[0]).toMatchObject({ id: 'm1', startedOn: '2025-11-01', doneOn: null });
    expect(update.progressNotes).toEqual([
      { id: 'n1', date: '2024-11-15', text: 'Loopt goed.' },
      { date: '2025-12-01', text: 'Tweede groep gestart.' },
    ]);
  });

  it('adds no note when none was written', () => {
    expect(updateOf(draftOf(plan), '2025-12-01').progressNotes).toHaveLength(1);
  });

  it('marks amounts that are no amounts, by field', () => {
    const draft = draftOf(plan);
    draft.budget[0]!.planned = 'veel';
    expect(amountErrors(draft)).toEqual({ 'plan-budget-0-plannedCents': true });
  });

  it('places the API reasons and findings at their fields, goals at the list, and the rest for the message', () => {
    const draft = draftOf(plan);
    draft.newNote = 'Bel 0612345678';
    const error = new ApiProblem({
      kind: 'problem',
      problem: {
        type: 'about:blank',
        status: 422,
        title: 'Niet te verwerken',
        detail: 'Het plan voldoet niet.',
        invalidParams: [
          { name: 'body.budget.1.overspendReason', reason: 'Geef de reden.' },
          { name: 'body.goals.0', reason: 'Onbekend doel.' },
          {
            name: 'body.progressNotes.1.text',
            reason: 'Lijkt iemand te identificeren.',
            kind: 'phone',
            start: 4,
            end: 14,
          },
          { name: 'body.partnerIds', reason: 'Onbekende organisatie.' },
        ],
      },
    });
    const refusals = planRefusals(error, planFieldIds(draft));
    expect(refusals.reasons).toEqual({
      'plan-budget-1-overspendReason': 'Geef de reden.',
      'plan-goals': 'Onbekend doel.',
    });
    expect(refusals.findings).toEqual({ [newNoteFieldId(draft)]: [{ kind: 'phone', start: 4, end: 14 }] });
    expect(refusals.unplaced.map((param) => param.name)).toEqual(['body.partnerIds']);
  });

  it('places nothing for a stale save (412): that is told by the conflict', () => {
    const error = new ApiProblem({
      kind: 'problem',
      problem: { type: 'about:blank', status: 412, title: 'Voorwaarde niet vervuld', detail: 'Gewijzigd.' },
    });
    expect(planRefusals(error, planFieldIds(draftOf(plan)))).toEqual({ reasons: {}, findings: {}, unplaced: [] });
  });
});
