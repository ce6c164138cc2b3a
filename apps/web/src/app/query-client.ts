import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '@/lib/problem';

/** Retries only what a retry can cure (no connection, 502–504), twice; a 4xx answer is final. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => error instanceof ApiProblem && error.retryable && failures < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
    mutations: { retry: false },
  },
});
