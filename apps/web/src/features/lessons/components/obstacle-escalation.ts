import { EscalationStatusSchema, type SystemObstacle } from '@leerkring/domain';
import { z } from 'zod';

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

/** The escalation form: a status of the domain's, other than the one the obstacle has (else `custom`, "unchanged"). */
export function escalationFormSchema(current: EscalationStatus) {
  return z
    .object({ escalationStatus: EscalationStatusSchema })
    .refine(({ escalationStatus: chosen }) => checkEscalation({ current, chosen }) === undefined, {
      path: ['escalationStatus'],
    });
}
