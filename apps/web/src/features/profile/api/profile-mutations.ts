import { createMyApiToken, revokeMyApiToken, type ApiTokenCreated, type ApiTokenScope } from '@leerkring/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AfterChange } from '../../../lib/after-change';
import { callApi } from '../../../lib/api-client';
import { myApiTokensKey } from './profile-queries';

/** Make a personal API token; the answer holds the token itself, the only time it is shown. */
export function useCreateApiToken({ onSuccess }: AfterChange<ApiTokenCreated> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scope: ApiTokenScope; expiresInDays: number }) =>
      callApi(createMyApiToken, { body }),
    onSuccess: async (token) => {
      await onSuccess?.(token);
      await queryClient.invalidateQueries({ queryKey: myApiTokensKey });
    },
  });
}

/** Revoke one of my API tokens. */
export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => callApi(revokeMyApiToken, { params: { tokenId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myApiTokensKey }),
  });
}
