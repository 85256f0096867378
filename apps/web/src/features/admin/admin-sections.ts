import type { Permission } from '@leerkring/domain';

/** The admin screens, each shown only to whom the policy could ever allow it. */
export const adminSections = [
  { path: 'organisaties', key: 'organisations', permission: 'organisation:write' },
  { path: 'regios', key: 'regions', permission: 'region:write' },
  { path: 'personen', key: 'people', permission: 'person:read' },
  { path: 'lidmaatschappen', key: 'memberships', permission: 'membership:read' },
  { path: 'toegangslog', key: 'accessLog', permission: 'access-log:read' },
  { path: 'methoden', key: 'methods', permission: 'method:write', heading: 'methods.heading' },
] as const satisfies readonly { path: string; key: string; permission: Permission; heading?: string }[];
