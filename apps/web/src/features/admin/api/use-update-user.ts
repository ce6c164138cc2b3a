import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { adminKeys } from './keys';

/** PATCH /api/users/{id}: name, role, State, language, active (deactivate / reactivate). */
export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['UpdateUserDto']) => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: (user) => {
      queryClient.setQueryData(adminKeys.user(id), user);
      return queryClient.invalidateQueries({ queryKey: adminKeys.allUsers });
    },
  });
}
