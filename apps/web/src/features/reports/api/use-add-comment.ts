import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys } from './keys';

/** POST /api/reports/{id}/comments: a comment on a report (the State's focal points or the secretariat). */
export function useAddComment(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => unwrap(api.POST('/api/reports/{id}/comments', { params: { path: { id: reportId } }, body: { body } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.history(reportId) }),
  });
}
