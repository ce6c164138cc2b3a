import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty } from '@/lib/api-client';
import { authKeys } from './keys';

/** GET /api/auth/mfa: whether two-step sign-in is set up, and whether the role requires it. */
export function useMfaStatus(enabled = true) {
  return useQuery({ queryKey: authKeys.mfa, queryFn: () => unwrap(api.GET('/api/auth/mfa')), enabled });
}

/** POST /api/auth/mfa/enrol: a new secret (QR code and text) to add to an authenticator app. */
export function useStartMfaEnrolment() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/auth/mfa/enrol', {})) });
}

/** POST /api/auth/mfa/enrol/confirm: the first code proves the app works; answers the recovery codes, once. */
export function useConfirmMfaEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/auth/mfa/enrol/confirm', { body: { code } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: authKeys.mfa });
      await queryClient.invalidateQueries({ queryKey: authKeys.me });
    },
  });
}

/** POST /api/auth/mfa/recovery-codes: ten new recovery codes (the old ones stop working). */
export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/auth/mfa/recovery-codes', { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.mfa }),
  });
}

/** DELETE /api/auth/mfa: turns two-step sign-in off (refused when the role requires it). */
export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrapEmpty(api.DELETE('/api/auth/mfa', { body: { code } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: authKeys.mfa });
      await queryClient.invalidateQueries({ queryKey: authKeys.me });
    },
  });
}
