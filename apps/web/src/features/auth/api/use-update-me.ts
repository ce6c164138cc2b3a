import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, hasAccessToken, unwrap } from '@/lib/api-client';
import { authKeys } from './keys';

/** PATCH /api/auth/me: one's own interface language (remembered on the account) and name. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['UpdateMeDto']) => {
      if (!hasAccessToken()) return undefined;
      return unwrap(api.PATCH('/api/auth/me', { body }));
    },
    onSuccess: (me) => {
      if (me) queryClient.setQueryData(authKeys.me, me);
    },
  });
}
