import { useMutation } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, setSession, unwrap } from '@/lib/api-client';

/** POST /api/auth/login/mfa: the code of the authenticator app (or a recovery code) completes the sign-in. */
export function useLoginMfa() {
  return useMutation({
    mutationFn: async (body: components['schemas']['MfaLoginDto']) => {
      const pair = await unwrap(api.POST('/api/auth/login/mfa', { body }));
      setSession(pair);
      return pair;
    },
  });
}
