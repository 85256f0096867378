import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../lib/api-client';

/** Retries once when the server or network may recover; a 4xx problem will not change by asking again. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => {
          if (isApiProblem(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 1;
        },
      },
    },
  });
}
