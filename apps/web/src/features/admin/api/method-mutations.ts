import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminMethodsQueryOptions, methodQueryOptions, methodsKeyRoot, saveMethod } from './method-queries';

/** Adds a method or changes one; the saved method goes into the caches at once and the planner's list refreshes. */
export function useSaveMethod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMethod,
    onSuccess: async (saved) => {
      queryClient.setQueryData(methodQueryOptions(saved.id).queryKey, saved);
      // The list shows the saved method as soon as it says so, not the cached one until its refetch is in.
      queryClient.setQueryData(
        adminMethodsQueryOptions().queryKey,
        (list) => list && { ...list, items: [...list.items.filter((item) => item.id !== saved.id), saved] },
      );
      // The session planner's list of methods too.
      await queryClient.invalidateQueries({ queryKey: methodsKeyRoot });
    },
  });
}
