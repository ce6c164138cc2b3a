import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys } from '@/features/reports/api/keys';
import { reviewKeys } from './keys';

export type ReviewBody = components['schemas']['ReviewDto'];

/** POST /api/reports/{id}/review: start review, accept (with the secretariat's own assessment) or return (comment required). */
export function useReviewAction(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewBody) => unwrap(api.POST('/api/reports/{id}/review', { params: { path: { id: reportId } }, body })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: reviewKeys.all }), queryClient.invalidateQueries({ queryKey: reportKeys.history(reportId) })]),
  });
}
