import { AuthErrorCode } from '@leerkring/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { meQueryKey } from '../lib/auth/me-query';
import { signInPath, signInUrl } from '../lib/auth/return-path';
import { isApiProblem, problemCode } from '../lib/api-client';

/**
 * A 401 from any query or change means the session is gone: forget what is cached and go to the sign-in page,
 * with the way back and, when the session expired, a message saying so. (`me` itself is handled by `RequireSignIn`.)
 */
export function useSignInOnUnauthorized() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location);
  here.current = location;

  useEffect(() => {
    const handle = (error: unknown) => {
      if (!isApiProblem(error) || error.status !== 401) return;
      const { pathname, search } = here.current;
      if (pathname === signInPath) return;
      const expired = problemCode(error) === AuthErrorCode.SESSION_EXPIRED;
      queryClient.clear();
      void navigate(signInUrl({ returnTo: `${pathname}${search}`, expired }), { replace: true });
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (event.query.queryKey[0] === meQueryKey[0]) return;
      handle(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (event.mutation.options.mutationKey?.[0] === 'login') return;
      handle(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, navigate]);
}
