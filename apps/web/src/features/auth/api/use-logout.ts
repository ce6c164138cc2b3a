import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setSession } from '@/lib/api-client';

/** POST /api/auth/logout: ends this session on the server (the cookie goes with it); the page forgets everything. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.POST('/api/auth/logout', {});
      } finally {
        setSession(null);
        queryClient.clear();
      }
    },
  });
}
