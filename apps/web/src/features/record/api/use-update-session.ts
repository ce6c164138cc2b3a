import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

/** PATCH /api/sessions/{number}: symbol, venue, title. A new symbol rewrites the meeting's references. */
export function useUpdateSession(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['UpdateSessionDto']) => unwrap(api.PATCH('/api/sessions/{number}', { params: { path: { number } }, body })),
    onSuccess: async (session) => {
      queryClient.setQueryData(recordKeys.session(number), session);
      // The references of its recommendations changed with the symbol.
      await Promise.all([queryClient.invalidateQueries({ queryKey: recordKeys.sessions }), queryClient.invalidateQueries({ queryKey: recordKeys.recommendations })]);
    },
  });
}
