import { getMe, getSsoConfiguration, type Me } from '@leerkring/domain';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { callApi } from '../api-client';

export const meQueryKey = ['me'] as const;

/** Who is signed in, their roles per context and the session's CSRF token. */
export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => callApi(getMe, {}, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The CSRF token of the signed-in session, from the `me` answer in the cache. */
export function csrfTokenIn(queryClient: QueryClient): string | null {
  return queryClient.getQueryData<Me>(meQueryKey)?.csrfToken ?? null;
}

/** Whether single sign-on is offered, and the name of the identity provider. */
export function ssoConfigurationQueryOptions() {
  return queryOptions({
    queryKey: ['sso-configuration'],
    queryFn: ({ signal }) => callApi(getSsoConfiguration, {}, { signal }),
    staleTime: 10 * 60_000,
  });
}
