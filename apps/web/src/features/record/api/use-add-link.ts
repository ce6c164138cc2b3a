import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

/** POST /api/recommendations/{id}/links: this one reiterates / builds on / supersedes another (of the same or an earlier meeting). */
export function useAddLink(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['CreateLinkDto']) => unwrap(api.POST('/api/recommendations/{id}/links', { params: { path: { id } }, body })),
    onSuccess: (link) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: recordKeys.recommendation(id) }),
        queryClient.invalidateQueries({ queryKey: recordKeys.recommendation(link.recommendationId) }),
      ]),
  });
}
