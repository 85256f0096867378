import { z } from 'zod';
import { codesOf, type Term } from '../vocabulary/label.js';

/** Roles a person holds per context (a bouwteam, a learning group or a region). Admin is global, not a context role. */
export const roles = [
  { code: 'partner', label: { nl: 'Bouwteampartner', en: 'Partner' } },
  { code: 'facilitator', label: { nl: 'Facilitator', en: 'Facilitator' } },
  { code: 'coordinator', label: { nl: 'Regiocoördinator', en: 'Coordinator' } },
  { code: 'manager', label: { nl: 'Manager / bestuurder', en: 'Manager' } },
  { code: 'experience-expert', label: { nl: 'Ervaringsdeskundige', en: 'Experience expert' } },
] as const satisfies readonly Term[];

export const RoleSchema = z
  .enum(codesOf(roles))
  .meta({ id: 'Role', description: 'A role a person holds in one context.' });
export type Role = z.infer<typeof RoleSchema>;

export const contextTypes = [
  { code: 'building-team', label: { nl: 'Bouwteam', en: 'Building team' } },
  { code: 'learning-group', label: { nl: 'Leergroep', en: 'Learning group' } },
  { code: 'region', label: { nl: 'Regio', en: 'Region' } },
] as const satisfies readonly Term[];

export const ContextTypeSchema = z
  .enum(codesOf(contextTypes))
  .meta({ id: 'ContextType', description: 'The kind of context a role is held in.' });
export type ContextType = z.infer<typeof ContextTypeSchema>;

/** A context a role is held in. */
export interface ContextRef {
  readonly type: ContextType;
  readonly id: string;
}
