import { can, type Principal } from '../access/policy.js';
import type { ContextRef } from '../access/roles.js';
import { daysBetween } from '../common/calendar.js';

/** Why a consent deadline is refused when proposing, or null: it may be today, not before. */
export function consentDeadlineRefusal({ deadline, today }: { deadline: string; today: string }): 'in-the-past' | null {
  return daysBetween({ from: today, to: deadline }) < 0 ? 'in-the-past' : null;
}

/** What the summary card says of a deadline: days left ("nog 5 dagen"), due today, or passed ("verlopen"). */
export function consentDeadlineState({
  deadline,
  today,
}: {
  deadline: string;
  today: string;
}): { state: 'open'; daysLeft: number } | { state: 'today' } | { state: 'passed' } {
  const daysLeft = daysBetween({ from: today, to: deadline });
  if (daysLeft < 0) return { state: 'passed' };
  if (daysLeft === 0) return { state: 'today' };
  return { state: 'open', daysLeft };
}

/**
 * Who may take a proposal back to concept or withdraw it: whoever proposed it, a facilitator or coordinator of its
 * context, or an administrator (`agreement:take-back`). A partner who may only give a stance may not.
 */
export function mayTakeBackProposal({
  principal,
  context,
  proposedById,
}: {
  principal: Principal | null;
  context: ContextRef;
  proposedById: string | null;
}): boolean {
  if (!principal) return false;
  return (
    (proposedById !== null && principal.personId === proposedById) ||
    can({ principal, permission: 'agreement:take-back', context })
  );
}
