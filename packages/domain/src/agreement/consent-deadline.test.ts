import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/policy.js';
import { consentDeadlineRefusal, consentDeadlineState, mayTakeBackProposal } from './consent-deadline.js';

const today = '2026-12-02';

describe('consent deadline', () => {
  it.each([
    ['2026-12-01', 'in-the-past'],
    ['2026-12-02', null],
    ['2027-01-15', null],
  ] as const)('a deadline of %s proposed today is refused: %s', (deadline, refusal) => {
    expect(consentDeadlineRefusal({ deadline, today })).toBe(refusal);
  });

  it.each([
    ['2026-12-07', { state: 'open', daysLeft: 5 }],
    ['2026-12-03', { state: 'open', daysLeft: 1 }],
    ['2026-12-02', { state: 'today' }],
    ['2026-11-30', { state: 'passed' }],
  ] as const)('a deadline of %s reads as %o', (deadline, state) => {
    expect(consentDeadlineState({ deadline, today })).toEqual(state);
  });
});

describe('mayTakeBackProposal', () => {
  const context = { type: 'building-team', id: 'team' } as const;
  const member = (
    personId: string,
    role: 'partner' | 'facilitator' | 'coordinator',
    contextId = 'team',
  ): Principal => ({
    personId,
    organisationId: 'org',
    isAdmin: false,
    memberships: [{ contextType: 'building-team', contextId, role }],
  });
  it.each([
    ['the partner who proposed it', member('p1', 'partner'), true],
    ['another partner', member('p2', 'partner'), false],
    ['a facilitator of the bouwteam', member('f', 'facilitator'), true],
    ['a facilitator of another bouwteam', member('f', 'facilitator', 'other'), false],
    ['a coordinator there', member('c', 'coordinator'), true],
    ['an administrator', { personId: 'a', organisationId: 'org', isAdmin: true, memberships: [] }, true],
    ['nobody', null, false],
  ] as const)('%s: %s', (_, principal, may) => {
    expect(mayTakeBackProposal({ principal, context, proposedById: 'p1' })).toBe(may);
  });
});
