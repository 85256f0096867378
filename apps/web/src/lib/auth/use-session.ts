import { logout, type Me, type Permission } from '@leerkring/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { callApi } from '../api-client';
import { meQueryOptions } from './me-query';
import { mayEverWith } from './principal';
import { signInPath } from './return-path';

/** The signed-in person, when known; never triggers a redirect by itself. */
export function useMe(): Me | undefined {
  return useQuery(meQueryOptions()).data;
}

/** Whether the signed-in person could ever hold the permission, decided by the domain's policy. */
export function useMayEver(permission: Permission): boolean {
  return mayEverWith(useMe(), permission);
}

/** Signs out: ends the session, forgets everything cached and goes to the sign-in page. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => callApi(logout),
    onSettled: async () => {
      queryClient.clear();
      await navigate(signInPath);
    },
  });
}
