import { policy, type Permission, type Rule } from '../access/policy.js';
import type { Role } from '../access/roles.js';

/** The roles a permission is given to in a context, read from the policy. */
export function rolesWith({ permission }: { permission: Permission }): readonly Role[] {
  const rule: Rule = policy[permission];
  return rule.roles ?? [];
}

/** Granting a role that reads case narratives needs a second administrator (four eyes). */
export function grantNeedsApproval({ role }: { role: Role }): boolean {
  return rolesWith({ permission: 'case:read-narrative' }).includes(role);
}

export type GrantVerdict = { ok: true } | { ok: false; reason: 'self-grant' | 'own-request' | 'own-grant' };

/** An administrator never grants a role to themselves. */
export function judgeGrantRequest({
  requesterId,
  granteeId,
}: {
  requesterId: string;
  granteeId: string;
}): GrantVerdict {
  return requesterId === granteeId ? { ok: false, reason: 'self-grant' } : { ok: true };
}

/** A pending grant is decided by another administrator than the one who asked for it, and never by the grantee. */
export function judgeGrantDecision({
  deciderId,
  requesterId,
  granteeId,
}: {
  deciderId: string;
  requesterId: string | null;
  granteeId: string;
}): GrantVerdict {
  if (deciderId === granteeId) return { ok: false, reason: 'own-grant' };
  if (deciderId === requesterId) return { ok: false, reason: 'own-request' };
  return { ok: true };
}

export const grantReasons: Record<Exclude<GrantVerdict, { ok: true }>['reason'], string> = {
  'self-grant': 'Een beheerder kan zichzelf geen rol geven; vraag een andere beheerder.',
  'own-request': 'Deze toekenning vroeg je zelf aan; een tweede beheerder moet haar goedkeuren of afwijzen.',
  'own-grant': 'Deze toekenning is voor jezelf; een andere beheerder moet haar goedkeuren of afwijzen.',
};
