import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, refreshSession, unwrapEmpty } from '@/lib/api-client';
import { authKeys } from './keys';

/** POST /api/auth/change-password; the other sessions end, this one continues with fresh tokens. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['ChangePasswordDto']) => {
      await unwrapEmpty(api.POST('/api/auth/change-password', { body }));
      await refreshSession();
      await queryClient.invalidateQueries({ queryKey: authKeys.me });
      await queryClient.invalidateQueries({ queryKey: authKeys.allSessions });
      await queryClient.invalidateQueries({ queryKey: authKeys.mfa });
    },
  });
}
