/** How long a personal API token lives unless the request chooses: 90 days; at most a year. */
export const apiTokenDefaultDays = 90;
export const apiTokenMaxDays = 365;
/** A token's name goes into the access log ("on behalf of"), so it is kept short. */
export const apiTokenNameMaxLength = 100;

const dayMs = 24 * 60 * 60 * 1000;

/** When a token made at `createdAt` for `days` days stops working. */
export function apiTokenExpiresAt(createdAt: Date, days: number): Date {
  return new Date(createdAt.getTime() + days * dayMs);
}

/** The methods a read-only token may use. */
const readMethods = new Set(['GET', 'HEAD']);

/** A token is refused (401) from the moment it expires. */
export function isApiTokenExpired(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}

/** A read-only token may use GET and HEAD only (else 403); a read-write token any method the person may use. */
export function apiTokenScopeAllows(scope: 'read' | 'read-write', method: string): boolean {
  return scope === 'read-write' || readMethods.has(method.toUpperCase());
}
