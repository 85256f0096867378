import { login, resetPassword, type Login } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth/me-query';

/**
 * Sign in; nothing cached for whoever was here before stays, and who-am-I is the answer. `onSignedIn` runs inside the
 * mutation, since the cache it was started from (mutations included) is cleared.
 */
export function useSignIn({ onSignedIn }: { onSignedIn: () => Promise<void> | void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['login'],
    mutationFn: (body: Login) => callApi(login, { body }),
    onSuccess: async (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
      await onSignedIn();
    },
  });
}

/** Choose a new password with the one-time token of a reset link. */
export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => callApi(resetPassword, { body }),
  });
}
