import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

/** PUT /api/recommendations/{id}/articles/{code}: the secretariat confirms (or adds) or rejects an article link. */
export function useDecideArticle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, status }: { code: string; status: 'confirmed' | 'rejected' }) =>
      unwrap(api.PUT('/api/recommendations/{id}/articles/{code}', { params: { path: { id, code } }, body: { status } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: recordKeys.recommendation(id) }),
        queryClient.invalidateQueries({ queryKey: ['catalogue', 'articles'] }),
        queryClient.invalidateQueries({ queryKey: recordKeys.recommendations }),
      ]),
  });
}
