import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapEmpty } from '@/lib/api-client';
import { recordKeys } from './keys';

/** DELETE /api/recommendations/{id}/links/{linkId}. */
export function useRemoveLink(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ linkId }: { linkId: string; otherId: string }) => unwrapEmpty(api.DELETE('/api/recommendations/{id}/links/{linkId}', { params: { path: { id, linkId } } })),
    onSuccess: (_, { otherId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: recordKeys.recommendation(id) }), queryClient.invalidateQueries({ queryKey: recordKeys.recommendation(otherId) })]),
  });
}
