import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty } from '@/lib/api-client';
import { adminKeys } from './keys';

/** POST /api/users/{id}/reset-password: ends the password and every session, mails a new invitation link. */
export function useResetUserPassword(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/users/{id}/reset-password', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.user(id) }),
  });
}

/** POST /api/users/{id}/revoke-sessions: signs the user out everywhere. */
export function useRevokeUserSessions(id: string) {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/users/{id}/revoke-sessions', { params: { path: { id } } })) });
}

/** POST /api/users/{id}/mfa/reset: removes a lost second factor; the user sets up a new one at next sign-in. */
export function useResetUserMfa(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEmpty(api.POST('/api/users/{id}/mfa/reset', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.user(id) }),
  });
}
