import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@contracts';
import { apiFetch } from '@/lib/api-client';
import { adminKeys } from './keys';

export type BulkPreview = paths['/api/users/bulk-invitations/preview']['post']['responses'][200]['content']['application/json'];
export type BulkResult = paths['/api/users/bulk-invitations']['post']['responses'][201]['content']['application/json'];

const upload = (path: string, file: File) => {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiFetch(path, { method: 'POST', body, headers: { Accept: 'application/json' } });
};

/** POST /api/users/bulk-invitations/preview: every row of the file with its problems; nothing is written. */
export function useBulkInvitationPreview() {
  return useMutation({ mutationFn: async (file: File) => (await (await upload('/api/users/bulk-invitations/preview', file)).json()) as BulkPreview });
}

/** POST /api/users/bulk-invitations: all the accounts and their invitations, or nothing (422 with the rows' problems). */
export function useBulkInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => (await (await upload('/api/users/bulk-invitations', file)).json()) as BulkResult,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.allUsers }),
  });
}
