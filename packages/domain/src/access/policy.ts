import type { ContextRef, ContextType, Role } from './roles.js';

/**
 * Who may do what, as data. A rule allows a global admin, any signed-in person, or a person holding one of the
 * roles in the context the resource belongs to. Anything not listed here is denied.
 */
export interface Rule {
  readonly admin?: true;
  readonly signedIn?: true;
  readonly roles?: readonly Role[];
  /** Roles that hold the right only in contexts of one type (a learning group's coordinator drafts its talking document). */
  readonly rolesIn?: Partial<Record<ContextType, readonly Role[]>>;
  /**
   * Roles that hold no right here but must not learn that the records exist: for them `mayEver` holds, so the guard lets
   * them through and the scoped query answers 404 for a record and an empty page for a list, instead of a 403.
   */
  readonly hiddenFrom?: readonly Role[];
}

const everyRole = [
  'partner',
  'facilitator',
  'coordinator',
  'manager',
  'experience-expert',
] as const satisfies readonly Role[];

export const policy = {
  'profile:read': { signedIn: true },
  'profile:manage-tokens': { signedIn: true },
  'overview:read': { signedIn: true },
  // The work list is everyone's own; what is on it is scoped by the permissions of each kind of item.
  'work:read': { signedIn: true },
  'organisation:read': { signedIn: true },
  'organisation:write': { admin: true },
  'region:read': { signedIn: true },
  'region:write': { admin: true },
  'person:read': { admin: true },
  'person:write': { admin: true },
  'membership:read': { admin: true },
  'membership:write': { admin: true },
  'building-team:read': { admin: true, roles: everyRole },
  'building-team:write': { admin: true },
  'learning-group:read': { admin: true, roles: everyRole },
  'learning-group:create': { admin: true },
  // A group's coordinator changes it and its members; its other members read it (403), anyone else gets 404.
  'learning-group:write': { admin: true, rolesIn: { 'learning-group': ['coordinator'] }, hiddenFrom: everyRole },
  // Case contents are for the bouwteam's own members; the administrator manages the platform, not cases.
  'case:read': { roles: ['partner', 'facilitator', 'manager', 'experience-expert'] },
  // Every free text of a case (title, narrative, questions, diagnosis …): without it a reader gets the coded view of a
  // case (`projectCase`), as a manager does.
  'case:read-narrative': { roles: ['partner', 'facilitator', 'experience-expert'] },
  'case:write': { roles: ['partner', 'facilitator'] },
  'guideline:read': { roles: everyRole },
  'guideline:write': { roles: ['partner', 'facilitator'] },
  'lesson:read': { roles: everyRole },
  'lesson:write': { roles: ['partner', 'facilitator'] },
  // A learning group's lessons: its members record them and share their bouwteams' lessons into it; the sharer (or an
  // administrator) withdraws a shared copy. Anyone else with a role meets the group's scope (404).
  'group-lesson:write': { roles: everyRole },
  'group-lesson:withdraw': { admin: true, roles: everyRole },
  'obstacle:read': { roles: everyRole },
  'obstacle:write': { roles: ['partner', 'facilitator'] },
  // Intervision: every member of the bouwteam reads its sessions and takes part; partners and facilitators plan and guide them.
  // The role *in a session* (facilitator, inbrenger, note-taker) is checked by the phase machine, not here.
  'session:read': { roles: everyRole },
  'session:take-part': { roles: everyRole },
  'session:write': { roles: ['partner', 'facilitator'] },
  // A learning group's meetings are planned by its coordinator; its members take part (session:take-part). Anyone else
  // with a role somewhere meets the group's scope (404) rather than a 403.
  'group-session:write': { roles: ['coordinator'], hiddenFrom: everyRole },
  // The texts of a session (inputs, notes, actions, the titles of its cases) retell its cases: for those who may read
  // case content, and for the session's own participants (`maySeeSessionTexts`) — not for a manager looking on.
  'session:read-texts': { roles: ['partner', 'facilitator', 'experience-expert'] },
  'method:read': { signedIn: true },
  'method:write': { admin: true },
  // Aggregated and small-cell-suppressed: no narrative, no single case.
  'insight:read': { roles: everyRole },
  // Agreements: every member reads them; partners and facilitators write concepts; a partner gives the stance of their
  // organisation; a facilitator or coordinator puts a decided version in force.
  'agreement:read': { roles: everyRole },
  // A learning group's coordinator also drafts and proposes versions of its talking document.
  'agreement:write': { roles: ['partner', 'facilitator'], rolesIn: { 'learning-group': ['coordinator'] } },
  'agreement:consent': { roles: ['partner'] },
  'agreement:put-in-force': { roles: ['facilitator', 'coordinator'] },
  // GALA plans and knowledge vouchers belong to a region: its coordinator reads and writes them, scoped by the region
  // role (another region's coordinator gets 404). The bouwteam partners of the network that holds a voucher read it and
  // write its evaluation, scoped by the bouwteam role (a partner of another bouwteam gets 404). Administrators keep the
  // GALA lists; the plans and vouchers themselves are the region's.
  // Anyone with a role somewhere (a partner without a region role, another region's coordinator) is `hiddenFrom` them:
  // 404 for a record and an empty list, as the issue asks, so a plan's existence is not revealed by a 403. A person with
  // no role at all (the administrator) still gets 403: they can never read a plan or voucher anywhere.
  'gala-plan:read': { roles: ['coordinator'], hiddenFrom: everyRole },
  'gala-plan:write': { roles: ['coordinator'], hiddenFrom: everyRole },
  'gala-taxonomy:read': { signedIn: true },
  'gala-taxonomy:write': { admin: true },
  'voucher:read': { roles: ['coordinator', 'partner'], hiddenFrom: everyRole },
  // A partner of the voucher's network reads it and so gets 403 for a step only the coordinator takes; anyone else 404.
  'voucher:write': { roles: ['coordinator'], hiddenFrom: everyRole },
  'voucher:evaluate': { roles: ['coordinator', 'partner'], hiddenFrom: everyRole },
  'access-log:read': { admin: true },
  'access-log:export': { admin: true },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof policy;

/** The caller as authorization sees them. */
export interface Principal {
  readonly personId: string;
  readonly organisationId: string;
  readonly isAdmin: boolean;
  readonly memberships: readonly {
    readonly contextType: ContextType;
    readonly contextId: string;
    readonly role: Role;
  }[];
}

function ruleOf(permission: Permission): Rule {
  return policy[permission];
}

/** The roles that hold the rule's right in a context of this type. */
function rolesFor(rule: Rule, contextType: ContextType): readonly Role[] {
  return [...(rule.roles ?? []), ...(rule.rolesIn?.[contextType] ?? [])];
}

/** Whether the principal may act on a resource in `context` (or on one that belongs to no context). */
export function can({
  principal,
  permission,
  context,
}: {
  principal: Principal | null;
  permission: Permission;
  context?: ContextRef;
}): boolean {
  if (!principal) return false;
  const rule = ruleOf(permission);
  if (rule.admin && principal.isAdmin) return true;
  if (rule.signedIn) return true;
  if (!context) return false;
  const roles = rolesFor(rule, context.type);
  return principal.memberships.some(
    (membership) =>
      membership.contextType === context.type && membership.contextId === context.id && roles.includes(membership.role),
  );
}

/**
 * Whether the principal could hold this permission anywhere: false means 403, whatever the record. A role the rule is
 * `hiddenFrom` counts too, so that person meets the scoped query (404, an empty list) rather than a 403.
 */
export function mayEver({ principal, permission }: { principal: Principal; permission: Permission }): boolean {
  const rule = ruleOf(permission);
  if (rule.admin && principal.isAdmin) return true;
  if (rule.signedIn) return true;
  return principal.memberships.some(
    (membership) =>
      rolesFor(rule, membership.contextType).includes(membership.role) ||
      (rule.hiddenFrom?.includes(membership.role) ?? false),
  );
}

/**
 * The contexts of one type in which the principal holds the permission, for scoping queries in the data layer.
 * `all` when the principal may see every context of the type (an admin, or a rule open to anyone signed in).
 */
export function scopeOf({
  principal,
  permission,
  contextType,
}: {
  principal: Principal;
  permission: Permission;
  contextType: ContextType;
}): { all: true } | { all: false; ids: string[] } {
  const rule = ruleOf(permission);
  if ((rule.admin && principal.isAdmin) || rule.signedIn) return { all: true };
  const ids = principal.memberships
    .filter(
      (membership) => membership.contextType === contextType && rolesFor(rule, contextType).includes(membership.role),
    )
    .map((membership) => membership.contextId);
  return { all: false, ids: [...new Set(ids)] };
}
