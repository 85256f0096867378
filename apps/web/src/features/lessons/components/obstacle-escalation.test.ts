import { describe, expect, it } from 'vitest';
import { checkEscalation, escalationStatuses, nextEscalationStatus } from './obstacle-escalation';

describe('escalating a system obstacle', () => {
  it('offers the statuses of the domain, in their order', () => {
    expect(escalationStatuses).toEqual(['open', 'escalated', 'resolved', 'parked']);
  });

  it.each([
    ['open', 'escalated'],
    ['escalated', 'resolved'],
    ['resolved', 'open'],
    ['parked', 'open'],
  ] as const)('suggests %s → %s', (current, next) => {
    expect(nextEscalationStatus(current)).toBe(next);
  });

  it('refuses to send the status it already has, and accepts any other', () => {
    expect(checkEscalation({ current: 'open', chosen: 'open' })).toBe('unchanged');
    expect(checkEscalation({ current: 'open', chosen: 'parked' })).toBeUndefined();
    expect(checkEscalation({ current: 'resolved', chosen: 'escalated' })).toBeUndefined();
  });
});
