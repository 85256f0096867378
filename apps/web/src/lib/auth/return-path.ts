import { ReturnToSchema } from '@leerkring/domain';

export const signInPath = '/aanmelden';

/** A path of this app to return to after signing in; anything else (another site, the sign-in page) becomes `/`. */
export function safeReturnPath(value: string | null | undefined): string {
  const parsed = ReturnToSchema.safeParse(value ?? '/');
  if (!parsed.success) return '/';
  return parsed.data.startsWith(signInPath) ? '/' : parsed.data;
}

/** The sign-in page's address, with where to return and why the person has to sign in again. */
export function signInUrl({ returnTo, expired }: { returnTo?: string; expired?: boolean }): string {
  const search = new URLSearchParams();
  const path = safeReturnPath(returnTo);
  if (path !== '/') search.set('terug', path);
  if (expired) search.set('sessie', 'verlopen');
  const text = search.toString();
  return text ? `${signInPath}?${text}` : signInPath;
}
