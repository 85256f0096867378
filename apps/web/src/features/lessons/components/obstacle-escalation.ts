import { EscalationStatusSchema, type SystemObstacle } from '@leerkring/domain';

export type EscalationStatus = SystemObstacle['escalationStatus'];

/** The escalation statuses in their usual order: open → escalated → resolved, or parked. */
export const escalationStatuses: readonly EscalationStatus[] = EscalationStatusSchema.options;

/** The status a change usually goes to next, to offer first: open → escalated → resolved; parked or resolved reopen. */
export function nextEscalationStatus(current: EscalationStatus): EscalationStatus {
  if (current === 'open') return 'escalated';
  if (current === 'escalated') return 'resolved';
  return 'open';
}

/** Why a change cannot be sent as chosen (a message key under `obstacleEscalation.errors`), or undefined. */
export function checkEscalation({
  current,
  chosen,
}: {
  current: EscalationStatus;
  chosen: EscalationStatus;
}): 'unchanged' | undefined {
  return chosen === current ? 'unchanged' : undefined;
}
