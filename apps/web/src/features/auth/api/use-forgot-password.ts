import { useMutation } from '@tanstack/react-query';
import { api, unwrapEmpty } from '@/lib/api-client';

/** POST /api/auth/forgot-password: always 202, whether or not the account exists. */
export function useForgotPassword() {
  return useMutation({
    mutationFn: (email: string) => unwrapEmpty(api.POST('/api/auth/forgot-password', { body: { email } })),
  });
}
