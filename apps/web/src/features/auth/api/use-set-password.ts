import { useMutation } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';

/** POST /api/auth/set-password: the token of an invitation or reset link and the password the person chose. */
export function useSetPassword() {
  return useMutation({
    mutationFn: (body: components['schemas']['SetPasswordDto']) => unwrap(api.POST('/api/auth/set-password', { body })),
  });
}
